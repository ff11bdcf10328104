package no.scorebake.bake;

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
import java.util.Locale;
import java.util.TimeZone;
import no.scorebake.page.PageModel;

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
 */
public final class Renderer {

    private final Configuration config;
    private final ObjectWrapper wrapper;

    public Renderer(Theme theme) throws IOException {
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
    }

    /** Renders {@code template} (e.g. "scorecard.ftlh") with the given page's model. */
    public String render(String template, PageModel model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(template).process(new PageHash(hash(model), hash(model.frame())), out);
        } catch (TemplateException e) {
            throw new IOException("template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
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
}
