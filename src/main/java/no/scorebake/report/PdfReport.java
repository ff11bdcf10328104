package no.scorebake.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;

/**
 * Prints a report's HTML ({@code report.ftlh}) as one PDF that is both PDF/A-2u (for the archive)
 * and PDF/UA-1 (tagged, in reading order, with a title, a language, table headers and a text
 * alternative for every chart and map), with openhtmltopdf and its Batik SVG support.
 *
 * <p>Nothing is fetched: the only font is DejaVu Sans, shipped in the jar and embedded (subset),
 * the colour profile is the JVM's own sRGB, and every outside resource the HTML might name is
 * refused. The same HTML and month give the same bytes: the document's dates are the last day of
 * the month reported on, not the clock, and its ID is a hash of the HTML, where PDFBox would
 * otherwise take it from the time.
 *
 * <p>A renderer is cheap to make and not shared: each call builds its own, so reports may be
 * printed on several threads at once.
 */
public final class PdfReport {

    /** The one family the report's stylesheet names; DejaVu Sans is registered under it, and under the SVGs' generic names. */
    static final String FAMILY = "DejaVu Sans";

    /** The first family the site's SVGs (charts, strategy map) name. */
    static final String SVG_FAMILY = "system-ui";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * Made once per thread: each makes its XML factories through a search of the class path for
     * other implementations, which cost a tenth of a report when done for every one.
     */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);
    private static final ThreadLocal<DomXmpParser> PARSER = ThreadLocal.withInitial(PdfReport::parser);
    private static final byte[] REGULAR = resource(FONTS + "DejaVuSans.ttf");
    private static final byte[] BOLD = resource(FONTS + "DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every step at INFO through java.util.logging; only its warnings matter here.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private PdfReport() {
    }

    /**
     * The PDF of {@code html}, dated the last day of {@code month}.
     *
     * @param html a whole HTML document with {@code lang} on its root and a {@code <title>}
     */
    public static byte[] print(String html, YearMonth month) throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        describeSvgs(page);
        org.w3c.dom.Document dom = W3CDom.convert(page);

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.withProducer("scorebake");
        builder.useFont(supplier(REGULAR), FAMILY, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT));
        builder.useFont(supplier(BOLD), FAMILY, 700, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT));
        // The charts and the map ask for "system-ui, sans-serif"; the first is the one Batik finds. Each face registered
        // for the SVGs is parsed for every report, so only the one name is.
        builder.useFont(supplier(REGULAR), SVG_FAMILY, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
        builder.useFont(supplier(BOLD), SVG_FAMILY, 700, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
        builder.useSVGDrawer(new BatikSVGDrawer());
        // Nothing outside the document is read: no image, stylesheet or font by address.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(dom, "about:blank");

        Calendar date = lastDay(month);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                date(pdf, date);
                pdf.getDocument().getTrailer().setItem(COSName.ID, id(html, month));
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                pdf.save(out);
                return out.toByteArray();
            }
        }
    }

    /**
     * Gives each SVG the {@code alt} attribute openhtmltopdf takes as the text alternative of
     * its figure: the SVG's own description, else its title (the site's charts and maps carry
     * both, for screen readers of the pages).
     */
    static void describeSvgs(org.jsoup.nodes.Document page) {
        for (Element svg : page.select("svg")) {
            if (svg.hasAttr("alt")) {
                continue;
            }
            Element desc = svg.selectFirst("> desc");
            Element title = svg.selectFirst("> title");
            String alt = desc != null && !desc.text().isBlank() ? desc.text() : title != null ? title.text() : "";
            svg.attr("alt", alt);
        }
    }

    /** The last day of the month at midnight UTC: the day the month's figures stand for. */
    static Calendar lastDay(YearMonth month) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(month.getYear(), month.getMonthValue() - 1, month.lengthOfMonth(), 0, 0, 0);
        return c;
    }

    /** Sets the document's dates, in its information and its XMP metadata alike (PDF/A requires them equal). */
    private static void date(PDDocument pdf, Calendar date) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            throw new IllegalStateException("openhtmltopdf wrote no XMP metadata for a PDF/A document");
        }
        XMPMetadata xmp;
        try (InputStream in = stream.createInputStream()) {
            xmp = PARSER.get().parse(in.readAllBytes());
        } catch (XmpParsingException e) {
            PARSER.remove();
            throw new IllegalStateException("openhtmltopdf wrote XMP metadata that does not parse", e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
            basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SERIALIZER.get().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot write the XMP metadata", e);
        }
        // xmpbox writes the language of a title as lang=, where XMP (and veraPDF) want xml:lang=.
        String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
        stream.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file's identifier, both halves a hash of what it prints, so two runs agree. */
    private static COSArray id(String html, YearMonth month) {
        byte[] hash;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(month.toString().getBytes(StandardCharsets.UTF_8));
            hash = md5.digest(html.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(hash));
        id.add(new COSString(Arrays.copyOf(hash, hash.length)));
        return id;
    }

    private static DomXmpParser parser() {
        try {
            return new DomXmpParser();
        } catch (XmpParsingException e) {
            throw new IllegalStateException("no XML parser for XMP metadata", e);
        }
    }

    private static FSSupplier<InputStream> supplier(byte[] bytes) {
        return () -> new java.io.ByteArrayInputStream(bytes);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is not in scorebake's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
