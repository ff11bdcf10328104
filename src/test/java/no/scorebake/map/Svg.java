package no.scorebake.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The drawn map read back as XML (securely: no DTDs, no external entities) and as geometry. */
final class Svg {

    static final String NS = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    final String text;
    final Document doc;
    final Element root;

    Svg(String text) {
        this.text = text;
        this.doc = parse(text);
        this.root = doc.getDocumentElement();
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            return fail("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    List<Element> all(String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS(NS, localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    List<Element> withClass(String localName, String cls) {
        return all(localName).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls)).toList();
    }

    static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && NS.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The boxes: the {@code <a>} or {@code <g>} holding each objective's rectangle, in drawing order. */
    List<BoxView> boxes() {
        List<BoxView> out = new ArrayList<>();
        for (Element rect : withClass("rect", "sm-box")) {
            Element parent = (Element) rect.getParentNode();
            out.add(new BoxView(parent, rect, d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height")));
        }
        return out;
    }

    record BoxView(Element group, Element rect, double x, double y, double w, double h) {
        boolean onEdge(double[] p) {
            boolean inX = p[0] >= x - 0.01 && p[0] <= x + w + 0.01;
            boolean inY = p[1] >= y - 0.01 && p[1] <= y + h + 0.01;
            boolean onX = Math.abs(p[0] - x) < 0.01 || Math.abs(p[0] - x - w) < 0.01;
            boolean onY = Math.abs(p[1] - y) < 0.01 || Math.abs(p[1] - y - h) < 0.01;
            return inX && inY && (onX || onY);
        }

        String text() {
            return group.getTextContent();
        }
    }

    /** The arrows, each as its list of points; only {@code M} and {@code L} with absolute coordinates are allowed. */
    List<List<double[]>> arrows() {
        List<List<double[]>> out = new ArrayList<>();
        for (Element path : withClass("path", "sm-link")) {
            out.add(points(path.getAttribute("d")));
        }
        return out;
    }

    static List<double[]> points(String d) {
        String[] t = d.trim().split("\\s+");
        List<double[]> pts = new ArrayList<>();
        assertEquals(0, t.length % 3, "d=" + d);
        for (int i = 0; i < t.length; i += 3) {
            assertEquals(i == 0 ? "M" : "L", t[i], "only M then L: " + d);
            pts.add(new double[] {Double.parseDouble(t[i + 1]), Double.parseDouble(t[i + 2])});
        }
        assertTrue(pts.size() >= 2, d);
        return pts;
    }

    static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }
}
