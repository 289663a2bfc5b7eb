package app.slate.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.notifications.templates.MessageTemplates.RenderedEmail;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private static final MessageTemplates TEMPLATES = new MessageTemplates();
    private static final Instant WHEN = Instant.parse("2026-12-03T11:30:00Z");

    /** Realistic values for each email template: names in several scripts, one with markup in it. */
    static List<Object[]> everyEmailInEveryLanguage() {
        Map<String, Map<String, String>> values = Map.of(
                "verify-email", Map.of("name", "Siobhán O'Brien", "email", "siobhan@example.ie",
                        "link", "https://app.slate.example/verify-email#token=abc_DEF-123", "expires", "Thu 3 Dec 2026, 11:30 GMT"),
                "password-reset", Map.of("name", "ليلى العتيبي", "email", "layla@example.sa",
                        "link", "https://app.slate.example/reset-password#token=xyz", "expires", "Thu 3 Dec 2026, 14:30 AST"),
                "account-deleted", Map.of("name", "<b>Mallory</b>", "deletedAt", "Thu 3 Dec 2026, 11:30 GMT"),
                "identity-verified", Map.of("name", "王芳", "verifiedAt", "Thu 3 Dec 2026, 11:30 GMT", "expires", ""),
                "collaborator-invited", Map.of("name", "Dmitri Volkov", "inviter", "Mariam Haddad", "project", "The Glass Orchard",
                        "access", "EDITOR", "email", "dmitri@example.com", "link", "https://app.slate.example/projects/42/join"));
        return values.entrySet().stream()
                .flatMap(entry -> MessageTemplates.LANGUAGES.stream().map(language -> new Object[] {entry.getKey(), language, entry.getValue()}))
                .toList();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyEmailInEveryLanguage")
    void everyEmail_rendersASubjectATextAndAnHtmlBody_inItsLanguage(String template, String language, Map<String, String> values) {
        RenderedEmail email = TEMPLATES.email(template, language, values);

        assertThat(email.subject()).isNotBlank().doesNotContain("\n").doesNotContain("{");
        assertThat(email.text()).doesNotContain("{").contains(values.get("name"));
        assertThat(email.html()).startsWith("<!DOCTYPE html>").contains("lang=\"" + language + "\"").doesNotContain("{");
        if (values.containsKey("link")) {
            assertThat(email.text()).contains(values.get("link"));
            assertThat(email.html()).contains("href=\"" + values.get("link") + "\"");
        }
        if (language.equals("ar")) {
            assertThat(email.html()).contains("dir=\"rtl\"");
            assertThat(email.subject()).containsPattern("\\p{IsArabic}");
        } else {
            assertThat(email.html()).contains("dir=\"ltr\"");
        }
    }

    @Test
    void valuesAreEscapedInHtml_butNotInThePlainText() {
        Map<String, String> values = Map.of("name", "<b>Mallory</b> & Siobhán O'Brien", "deletedAt", "today");
        RenderedEmail email = TEMPLATES.email("account-deleted", "en", values);

        assertThat(email.html()).contains("&lt;b&gt;Mallory&lt;/b&gt; &amp; Siobhán O&#39;Brien").doesNotContain("<b>Mallory");
        assertThat(email.text()).contains("Hello <b>Mallory</b> & Siobhán O'Brien,");
    }

    @Test
    void anUnknownLanguage_readsEnglish_andAMissingName_greetsWithoutOne() {
        Map<String, String> values = new HashMap<>(Map.of("name", "", "deletedAt", "today"));
        RenderedEmail email = TEMPLATES.email("account-deleted", "fr", values);

        assertThat(email.subject()).isEqualTo("Your Slate account was deleted");
        assertThat(email.text()).startsWith("Hello,\n");
    }

    @Test
    void aTemplateMissingAValue_failsRatherThanSendingABlank() {
        assertThatThrownBy(() -> TEMPLATES.email("verify-email", "en", Map.of("name", "Maya")))
                .hasMessageContaining("email");
    }

    @Test
    void timesAreWrittenInTheReadersZoneAndLanguage() {
        assertThat(Moments.format(WHEN, "en", "Asia/Riyadh")).isEqualTo("Thu 3 Dec 2026, 14:30 GMT+03:00");
        assertThat(Moments.format(WHEN, "ar", "Asia/Riyadh")).contains("ديسمبر").contains("14:30");
        assertThat(Moments.format(WHEN, "en", "Not/AZone")).isEqualTo("Thu 3 Dec 2026, 11:30 UTC");
    }
}
