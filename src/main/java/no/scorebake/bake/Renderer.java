package no.scorebake.bake;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.scorebake.model.Pos;
import no.scorebake.page.PageModel;
import no.scorebake.problem.InputException;
import no.scorebake.problem.Problems;

/**
 * Renders pages through the theme's Freemarker templates. Templates end in {@code .ftlh}, so
 * every interpolation is HTML-escaped: user text can never become markup by accident. Templates
 * cannot create Java objects or reach the API, and nothing depends on the machine's locale or
 * time zone. The configuration is built once and shared by every rendering thread.
 *
 * <p>A template reads its page's record by component name ({@code ${unit.name}}): Freemarker
 * exposes a record's components as properties (incompatible improvements 2.3.33 and later).
 * The names of the page's {@link no.scorebake.page.Frame} ({@code ${root}}, {@code ${t[...]}})
 * are top-level names too, so the layout reads them alike on every page.
 *
 * <p>A template that does not parse, or that fails while it renders (a missing value, a wrong
 * type), is a theme author's mistake: it is reported as an input problem at the template's file,
 * line and column, never as a failed write or a bug.
 */
public final class Renderer {

    /** Freemarker's own note of the place, which the problem already says at its start. */
    private static final Pattern IN_TEMPLATE = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");

    /** {@code <#import "layout.ftlh" as l>}, as templates began before {@code l} was there without it. */
    private static final Pattern IMPORT_OF_THE_LAYOUT = Pattern.compile("<#import\\s+\"/?layout\\.ftlh\"\\s+as\\s+l\\s*>");

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Configuration config;
    private final ObjectWrapper wrapper;
    private final Theme theme;

    public Renderer(Theme theme) throws IOException {
        this.theme = theme;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(theme.templateLoader());
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // A record's component is a plain value to a template; a missing one is missing, not a method.
        builder.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        this.wrapper = builder.build();
        config.setObjectWrapper(this.wrapper);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // The frame and the shared macros, as l in every template, without an import.
        config.addAutoImport("l", Theme.LIBRARY);
    }

    /**
     * Renders {@code template} (e.g. "scorecard.ftlh") with the given page's model.
     *
     * @throws InputException at the template's line when it does not parse or fails while rendering
     * @throws IOException when a template file cannot be read
     */
    public String render(String template, PageModel model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(template).process(new PageHash(hash(model), hash(model.frame())), out);
        } catch (ParseException e) {
            throw problem(pos(e.getTemplateName(), template, e.getLineNumber(), e.getColumnNumber()), syntax(e));
        } catch (TemplateException e) {
            if (e.getCause() != null && !(e.getCause() instanceof TemplateException)) {
                // Java code the template called failed: ours, not the template's.
                throw new IllegalStateException("rendering " + template + " failed", e);
            }
            throw problem(pos(e.getTemplateSourceName(), template, e.getLineNumber(), e.getColumnNumber()), message(e, model));
        }
        return out.toString();
    }

    private TemplateHashModel hash(Object record) throws TemplateModelException {
        return (TemplateHashModel) wrapper.wrap(record);
    }

    /** The top-level names of a template: the page's components, then its frame's. */
    private record PageHash(TemplateHashModel page, TemplateHashModel frame) implements TemplateHashModel {

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            TemplateModel value = page.get(key);
            return value != null ? value : frame.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /**
     * Checks the templates the project's theme overrides, as {@code check} and every build do
     * before anything renders: each must parse (every problem listed, at its line), and each
     * should replace a template of the built-in theme (else nothing renders it unless another
     * template includes it: a warning, naming the templates there are).
     */
    void check(Problems problems) throws IOException {
        TreeSet<String> builtIn = Theme.builtInTemplates();
        for (String name : theme.overrides()) {
            Pos file = Pos.of(theme.shown(name));
            if (!name.endsWith(".ftlh")) {
                continue; // not a template: a note or a backup beside them
            }
            if (!builtIn.contains(name)) {
                problems.warning(file, "the default theme has no template '" + name + "', so no page is rendered with it"
                        + " (unless another template includes it); the templates a theme can replace are: " + String.join(", ", builtIn));
            }
            try {
                config.getTemplate(name);
                warnOfAnImportOfTheLayout(name, problems);
            } catch (ParseException e) {
                problems.error(pos(e.getTemplateName(), name, e.getLineNumber(), e.getColumnNumber()), syntax(e));
            } catch (IOException e) {
                problems.error(file, "cannot read the template: " + e.getMessage());
            }
        }
    }

    /**
     * A template written before every template had {@code l} imports {@code layout.ftlh} as
     * {@code l} itself: that {@code l} holds the frame only, without the shared macros
     * ({@code l.status}), so it is a warning at the line to delete.
     */
    private void warnOfAnImportOfTheLayout(String name, Problems problems) throws IOException {
        Path file = theme.file(name);
        if (file == null) {
            return;
        }
        String text = Files.readString(file);
        Matcher m = IMPORT_OF_THE_LAYOUT.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int col = m.start() - before.lastIndexOf('\n');
            problems.warning(new Pos(theme.shown(name), line, col), "every template has l (layout.ftlh's page and parts.ftlh's"
                    + " status and changeTable) without an import; this import gives l without the macros of parts.ftlh, so delete it");
        }
    }

    private Pos pos(String source, String template, Integer line, Integer col) {
        return new Pos(theme.shown(source != null ? source : template), line == null ? 0 : line, col == null ? 0 : col);
    }

    /** Freemarker's syntax message in one line: the patterns it expected, one after another. */
    private static String syntax(ParseException e) {
        return e.getEditorMessage().strip().replaceAll(":\\s*\\n\\s*", ": ").replaceAll("\\s*\\n\\s*", ", ");
    }

    private static InputException problem(Pos pos, String message) {
        return new InputException(List.of(pos + ": " + message, "1 error; nothing was written"));
    }

    /** Freemarker's message in one line without its tips and its note of the place; for a missing value, the values there are. */
    private static String message(TemplateException e, PageModel model) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && blamed != null) {
            String known = SIMPLE_NAME.matcher(blamed).matches()
                    ? "; this template receives: " + String.join(", ", names(model)) : "";
            return "'" + blamed + "' is missing (or null)" + known
                    + "; write " + blamed + "!\"…\" for a default, or test it with <#if " + blamed + "??>";
        }
        String text = e.getMessageWithoutStackTop();
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        return IN_TEMPLATE.matcher(text).replaceAll("").strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** The top-level names a page's template receives: its record's components and its frame's. */
    private static TreeSet<String> names(PageModel model) {
        TreeSet<String> names = new TreeSet<>();
        for (Record r : List.<Record>of((Record) model, model.frame())) {
            for (var c : r.getClass().getRecordComponents()) {
                names.add(c.getName());
            }
        }
        return names;
    }
}
