package no.scorebake.bake;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders pages through the theme's Freemarker templates. Templates end in {@code .ftlh}, so
 * every interpolation is HTML-escaped: user text can never become markup by accident. Templates
 * cannot create Java objects or reach the API, and nothing depends on the machine's locale or
 * time zone. The configuration is built once and shared by every rendering thread.
 */
public final class Renderer {

    private final Configuration config;

    public Renderer(Theme theme) throws IOException {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(theme.templateLoader());
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // A record's component is a plain value to a template; a missing one is missing, not a method.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(wrapper.build());
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

    /** Renders {@code template} (e.g. "scorecard.ftlh") with the given model. */
    public String render(String template, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
        return out.toString();
    }
}
