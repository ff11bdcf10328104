package no.scorebake.content;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.RawMarkupEngine;

/**
 * JBake's parsing half, without its Oven and database: a {@link DefaultJBakeConfiguration} built
 * from our settings on top of JBake's own {@code default.properties}, and JBake's engines for
 * {@code .md} (flexmark, pegdown profile) and {@code .html} (header + raw HTML).
 *
 * <p>The configuration is hermetic: no {@code jbake.properties} or {@code custom.properties} of the
 * project and no system properties are read, so the same files always give the same output.
 * Nothing here touches the file system except {@link #parse}, which reads the one file.
 *
 * <p>The engines are used directly rather than through {@code org.jbake.app.Parser}: that class
 * only looks the engine up by file extension in JBake's global registry ({@code Engines}), which
 * also loads engines we do not want (AsciiDoc, YAML data files).
 */
final class JBakeEngines {

    /**
     * flexmark (pegdown profile) extensions. Not HARDWRAPS (JBake's default): a single newline in a
     * paragraph is a space, not a {@code <br>}. ATXHEADERSPACE: "#5 på lista" at the start of a line
     * stays text; a heading needs "# ". Left out on purpose: TASKLISTITEMS (checkbox inputs),
     * FOOTNOTES and ANCHORLINKS (need ids, which the sanitiser removes), SMARTS/QUOTES (English
     * typography), WIKILINKS, ABBREVIATIONS.
     */
    static final List<String> MARKDOWN_EXTENSIONS =
            List.of("TABLES", "AUTOLINKS", "STRIKETHROUGH", "FENCED_CODE_BLOCKS", "DEFINITIONS", "ATXHEADERSPACE");

    /** The header ends at a line holding exactly this. */
    static final String HEADER_SEPARATOR = "~~~~~~";

    /**
     * Our settings; they win over JBake's defaults. default.status stays JBake's "draft" (a page
     * without status= is not published); default.type is "page" so type= may be left out.
     */
    private static final Map<String, Object> SETTINGS = Map.of(
            "markdown.extensions", MARKDOWN_EXTENSIONS,
            "default.status", "draft",
            "default.type", "page",
            "header.separator", HEADER_SEPARATOR,
            "date.format", "yyyy-MM-dd",
            "render.encoding", "UTF-8",
            "tag.sanitize", "false");

    private final DefaultJBakeConfiguration config;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final RawMarkupEngine raw = new RawMarkupEngine();

    JBakeEngines(File sourceFolder) {
        CompositeConfiguration all = new CompositeConfiguration();
        all.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        BaseConfiguration ours = new BaseConfiguration();
        ours.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        SETTINGS.forEach(ours::setProperty);
        all.addConfiguration(ours);
        all.addConfiguration(jbakeDefaults());
        this.config = new DefaultJBakeConfiguration(sourceFolder, all);
    }

    DefaultJBakeConfiguration configuration() {
        return config;
    }

    /** True for the file names {@link #parse} reads: {@code .md} and {@code .html}, in any case. */
    static boolean readable(String fileName) {
        return engineName(fileName) != null;
    }

    private static String engineName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".md")) {
            return "md";
        }
        if (lower.endsWith(".html")) {
            return "html";
        }
        return null;
    }

    /**
     * JBake's reading of a page: header fields, and the body as HTML (Markdown rendered, HTML as
     * written; not yet sanitised). Null when JBake refuses the file (it logs why; callers check the
     * header themselves first, so they can say where). JBake also fills {@code date} from the
     * file's modification time when the header has none: never use that field.
     *
     * @throws ContentException when the text is nested too deeply to render
     */
    DocumentModel parse(File file) {
        MarkupEngine engine = "md".equals(engineName(file.getName())) ? markdown : raw;
        return DeepStack.call(() -> engine.parse(config, file));
    }

    /**
     * Markdown to (unsanitised) HTML with exactly the settings pages get. Thread-safe.
     *
     * @throws ContentException when the text is nested too deeply to render
     */
    String markdownToHtml(String markdownText) {
        return DeepStack.call(() -> {
            ParserContext context = new ParserContext(null, List.of(), config, false);
            context.setBody(markdownText);
            markdown.processBody(context);
            return context.getBody();
        });
    }

    /** JBake's own default.properties, from the JBake jar, for every setting we do not make. */
    private static PropertiesConfiguration jbakeDefaults() {
        URL url = MarkupEngine.class.getClassLoader().getResource("default.properties");
        PropertiesConfiguration defaults = new PropertiesConfiguration();
        defaults.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        if (url == null) {
            throw new IllegalStateException("JBake's default.properties is not on the class path");
        }
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            defaults.read(reader);
            if (!defaults.containsKey("content.folder") || !defaults.containsKey("markdown.extensions")) {
                throw new IllegalStateException(url + " is not JBake's default.properties (another jar's file of that name came first)");
            }
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalStateException("JBake's default.properties cannot be read", e);
        }
    }
}
