package app.slate.notifications.templates;

import app.slate.notifications.contacts.Contact;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of every message, per template and language, as Qute templates under
 * {@code notifications/templates/} on the classpath: {@code email/<name>.<language>.txt} holds the
 * subject on its first line, a blank line, then the plain-text body; {@code .html} is the HTML
 * body, inside the shared layout (which sets {@code lang} and, for Arabic, {@code dir="rtl"});
 * {@code push/<name>.<language>.txt} holds a push notification's title line, then its body;
 * {@code sms/<name>.<language>.txt} a text message.
 * Values are escaped in HTML only. Rendering is strict: a template naming a value it was not given
 * fails, in the tests that render every template, rather than sending a blank.
 */
public final class MessageTemplates {

    private static final String ROOT = "notifications/templates/";

    public record RenderedEmail(String subject, String text, String html) {
    }

    /** A push notification as a browser shows it: a title and a short body. */
    public record RenderedPush(String title, String body) {
    }

    private final Engine engine = Engine.builder()
            .addDefaults()
            .strictRendering(true)
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(MessageTemplates::locate)
            .build();

    public static String language(String preferred) {
        return preferred != null && Contact.LANGUAGES.contains(preferred) ? preferred : "en";
    }

    public RenderedEmail email(String name, String language, Map<String, ?> values) {
        String lang = language(language);
        String text = render("email/" + name + "." + lang + ".txt", lang, values).strip();
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalStateException("email template " + name + "." + lang + ".txt needs a subject line, a blank line, then the body");
        }
        return new RenderedEmail(text.substring(0, blank).strip(), text.substring(blank + 2).strip() + "\n",
                render("email/" + name + "." + lang + ".html", lang, values));
    }

    /** {@code push/<name>.<lang>.txt}: the title on its first line, then the body. */
    public RenderedPush push(String name, String language, Map<String, ?> values) {
        String lang = language(language);
        String text = render("push/" + name + "." + lang + ".txt", lang, values).strip();
        int newline = text.indexOf('\n');
        if (newline < 0) {
            throw new IllegalStateException("push template " + name + "." + lang + ".txt needs a title line, then the body");
        }
        return new RenderedPush(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    /** {@code sms/<name>.<lang>.txt}: the whole text, kept short (one or two segments). */
    public String sms(String name, String language, Map<String, ?> values) {
        String lang = language(language);
        return render("sms/" + name + "." + lang + ".txt", lang, values).strip();
    }

    private String render(String id, String language, Map<String, ?> values) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalArgumentException("no template " + ROOT + id);
        }
        TemplateInstance instance = template.instance()
                .data("lang", language)
                .data("dir", "ar".equals(language) ? "rtl" : "ltr");
        values.forEach(instance::data);
        return instance.render();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        if (MessageTemplates.class.getClassLoader().getResource(ROOT + id) == null) {
            return Optional.empty();
        }
        Variant variant = Variant.forContentType(id.endsWith(".html") ? Variant.TEXT_HTML : Variant.TEXT_PLAIN);
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(ROOT + id);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(variant);
            }
        });
    }
}
