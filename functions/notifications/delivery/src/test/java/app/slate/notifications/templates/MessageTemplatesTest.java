package app.slate.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.notifications.contacts.Contact;
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
        String unsubscribe = "https://api.slate.example/notifications/unsubscribe?token=abc.def";
        Map<String, Map<String, ?>> values = Map.ofEntries(Map.entry(
                "verify-email", Map.of("name", "Siobhán O'Brien", "email", "siobhan@example.ie",
                        "link", "https://app.slate.example/verify-email#token=abc_DEF-123", "expires", "Thu 3 Dec 2026, 11:30 GMT")),
                Map.entry("password-reset", Map.of("name", "ليلى العتيبي", "email", "layla@example.sa",
                        "link", "https://app.slate.example/reset-password#token=xyz", "expires", "Thu 3 Dec 2026, 14:30 AST")),
                Map.entry("account-deleted", Map.of("name", "<b>Mallory</b>", "deletedAt", "Thu 3 Dec 2026, 11:30 GMT")),
                Map.entry("identity-verified", Map.of("name", "王芳", "verifiedAt", "Thu 3 Dec 2026, 11:30 GMT", "expires", "")),
                Map.entry("submission-status", Map.of("unsubscribe", "https://api.slate.example/notifications/unsubscribe?token=abc.def", "name", "Kwame Mensah", "role", "Maya Hart", "project", "The Glass Orchard",
                        "status", "OFFERED", "link", "https://app.slate.example/submissions/7")),
                Map.entry("self-tape-requested", Map.of("unsubscribe", "https://api.slate.example/notifications/unsubscribe?token=abc.def", "name", "Ana Lucía Pérez", "role", "Maya Hart", "project", "The Glass Orchard",
                        "due", "Fri 4 Dec 2026, 18:00 GMT", "link", "https://app.slate.example/submissions/7")),
                Map.entry("audition", words("unsubscribe", unsubscribe, "name", "Yui Tanaka", "role", "Maya Hart", "project", "The Glass Orchard",
                        "when", "Thu 3 Dec 2026, 14:30 GMT", "callback", "yes", "cancelled", "", "moved", "", "online", "",
                        "where", "Spotlight Studios, 7 Leicester Place, London WC2H 7BP", "link", "https://app.slate.example/submissions/7")),
                Map.entry("role-invited", Map.of("unsubscribe", "https://api.slate.example/notifications/unsubscribe?token=abc.def", "name", "Oluwaseun Adeyemi", "role", "Maya Hart", "project", "The Glass Orchard",
                        "closes", "Fri 15 Jan 2027, 18:00 GMT", "link", "https://app.slate.example/roles/7")),
                Map.entry("collaborator-invited", Map.of("name", "Dmitri Volkov", "inviter", "Mariam Haddad", "project", "The Glass Orchard",
                        "access", "EDITOR", "email", "dmitri@example.com", "link", "https://app.slate.example/projects/42/join")),
                Map.entry("audition-reminder", Map.of("unsubscribe", unsubscribe, "name", "Zoë Ngata", "role", "Maya Hart",
                        "project", "The Glass Orchard", "when", "Thu 3 Dec 2026, 14:30 GMT", "callback", "", "online", "",
                        "where", "Spotlight Studios, 7 Leicester Place, London WC2H 7BP", "link", "https://app.slate.example/submissions/7")),
                Map.entry("self-tape-expired", Map.of("unsubscribe", unsubscribe, "name", "Nguyễn Thị Lan", "role", "Maya Hart",
                        "project", "The Glass Orchard", "due", "Fri 4 Dec 2026, 18:00 GMT", "link", "https://app.slate.example/submissions/7")),
                Map.entry("role-closing", Map.of("unsubscribe", unsubscribe, "name", "Oluwaseun Adeyemi", "role", "Maya Hart",
                        "project", "The Glass Orchard", "closes", "Fri 15 Jan 2027, 18:00 GMT", "link", "https://app.slate.example/roles/7")),
                Map.entry("welcome", Map.of("unsubscribe", unsubscribe, "name", "Aigerim Bekova", "link", "https://app.slate.example/")),
                Map.entry("profile-nudge", Map.of("unsubscribe", unsubscribe, "name", "Ngozi Okonkwo-Smith",
                        "link", "https://app.slate.example/me/profile")),
                Map.entry("come-back", Map.of("unsubscribe", unsubscribe, "name", "محمد الأحمد", "link", "https://app.slate.example/roles")),
                Map.entry("self-tape-reminder", Map.of("unsubscribe", unsubscribe, "name", "Nguyễn Thị Lan", "role", "Maya Hart",
                        "project", "The Glass Orchard", "due", "Fri 4 Dec 2026, 18:00 GMT", "link", "https://app.slate.example/submissions/7")),
                Map.entry("billing-plan-started", words("name", "Ahmed Al-Farsi", "plan", "Professional", "trialEnd", "Thu 10 Dec 2026, 11:30 AST",
                        "periodEnd", "", "billing", "https://app.slate.example/billing")),
                Map.entry("billing-plan-ending", words("name", "Chloé Dubois", "plan", "Studio", "trialEnd", "",
                        "periodEnd", "Sat 2 Jan 2027, 09:00 GMT", "billing", "https://app.slate.example/billing")),
                Map.entry("billing-plan-ended", words("name", "نورة القحطاني", "plan", "Professional", "trialEnd", "", "periodEnd", "",
                        "billing", "https://app.slate.example/billing")),
                Map.entry("billing-payment-received", words("name", "Tomás Ó Ceallaigh", "plan", "Professional", "amount", "109.00 SAR",
                        "receipt", "4821-1093", "attempt", "1", "nextAttempt", "", "billing", "https://app.slate.example/billing")),
                Map.entry("billing-payment-failed", words("name", "<script>x</script>", "plan", "Studio", "amount", "299.00 USD",
                        "receipt", "", "attempt", "2", "nextAttempt", "Mon 7 Dec 2026, 11:30 GMT", "billing", "https://app.slate.example/billing")),
                Map.entry("submissions-digest", Map.of("unsubscribe", unsubscribe, "name", "Mariam Haddad", "count", "3", "roles", List.of(
                        Map.of("role", "Maya Hart", "project", "The Glass Orchard", "count", "2", "link", "https://app.slate.example/roles/7/submissions"),
                        Map.of("role", "<i>Young Tom</i>", "project", "The Glass Orchard", "count", "1",
                                "link", "https://app.slate.example/roles/8/submissions")))));
        return values.entrySet().stream()
                .flatMap(entry -> Contact.LANGUAGES.stream().map(language -> new Object[] {entry.getKey(), language, entry.getValue()}))
                .toList();
    }

    /** More pairs than Map.of takes. */
    private static Map<String, String> words(String... pairs) {
        Map<String, String> words = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return words;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyEmailInEveryLanguage")
    void everyEmail_rendersASubjectATextAndAnHtmlBody_inItsLanguage(String template, String language, Map<String, ?> values) {
        RenderedEmail email = TEMPLATES.email(template, language, values);

        assertThat(email.subject()).isNotBlank().doesNotContain("\n").doesNotContain("{");
        assertThat(email.text()).doesNotContain("{").contains((String) values.get("name"));
        assertThat(email.html()).startsWith("<!DOCTYPE html>").contains("lang=\"" + language + "\"").doesNotContain("{");
        if (values.containsKey("link")) {
            assertThat(email.text()).contains((String) values.get("link"));
            assertThat(email.html()).contains("href=\"" + values.get("link") + "\"");
        }
        if (language.equals("ar")) {
            assertThat(email.html()).contains("dir=\"rtl\"");
            assertThat(email.subject()).containsPattern("\\p{IsArabic}");
        } else {
            assertThat(email.html()).contains("dir=\"ltr\"");
        }
    }

    /** Every message that goes by push too: the casting messages, reminders and the digest. */
    static List<Object[]> everyPushInEveryLanguage() {
        return everyEmailInEveryLanguage().stream()
                .filter(row -> List.of("role-invited", "role-closing", "submission-status", "self-tape-requested", "self-tape-reminder",
                        "self-tape-expired", "audition", "audition-reminder", "submissions-digest").contains((String) row[0]))
                .toList();
    }

    @ParameterizedTest(name = "push {0} in {1}")
    @MethodSource("everyPushInEveryLanguage")
    void everyPush_rendersAShortTitleAndABody_inItsLanguage(String template, String language, Map<String, ?> values) {
        MessageTemplates.RenderedPush push = TEMPLATES.push(template, language, values);

        assertThat(push.title()).isNotBlank().doesNotContain("\n").doesNotContain("{").hasSizeLessThanOrEqualTo(80);
        assertThat(push.body()).isNotBlank().doesNotContain("{").hasSizeLessThanOrEqualTo(240);
        if (language.equals("ar")) {
            assertThat(push.title()).containsPattern("\\p{IsArabic}");
        }
    }

    @ParameterizedTest(name = "sms {0} in {1}")
    @MethodSource("everyPushInEveryLanguage")
    void everySms_isOneShortText_inItsLanguage(String template, String language, Map<String, ?> values) {
        String text = TEMPLATES.sms(template, language, values);

        assertThat(text).contains("Slate").doesNotContain("{").doesNotContain("\n").hasSizeLessThanOrEqualTo(320);
    }

    @Test
    void thePhoneCode_isTheWholeMessage() {
        assertThat(TEMPLATES.sms("phone-verification", "en", Map.of("code", "042917")))
                .isEqualTo("Slate: your code is 042917. It expires in 10 minutes. Never share it.");
        assertThat(TEMPLATES.sms("phone-verification", "ar", Map.of("code", "042917"))).contains("042917").containsPattern("\\p{IsArabic}");
    }

    @Test
    void castingEmails_sayWhatHappened_inTheirSubject() {
        Map<String, String> submission = new HashMap<>(Map.of("unsubscribe", "u", "name", "", "role", "Maya Hart", "project", "The Glass Orchard", "link", "x"));
        submission.put("status", "OFFERED");
        assertThat(TEMPLATES.email("submission-status", "en", submission).subject()).isEqualTo("You've got an offer for Maya Hart");
        submission.put("status", "DECLINED");
        assertThat(TEMPLATES.email("submission-status", "en", submission).subject()).isEqualTo("An update on Maya Hart");
        assertThat(TEMPLATES.email("submission-status", "ar", submission).subject()).isEqualTo("مستجدات بشأن دور Maya Hart");

        Map<String, String> audition = words("unsubscribe", "u", "name", "", "role", "Maya Hart", "project", "The Glass Orchard", "link", "x",
                "when", "Thu 3 Dec 2026, 14:30 GMT", "callback", "yes", "cancelled", "", "moved", "", "online", "yes", "where", "");
        RenderedEmail booked = TEMPLATES.email("audition", "en", audition);
        assertThat(booked.subject()).isEqualTo("Callback booked: Maya Hart");
        assertThat(booked.text()).contains("booked for Thu 3 Dec 2026, 14:30 GMT, online");
        audition.put("moved", "yes");
        RenderedEmail moved = TEMPLATES.email("audition", "en", audition);
        assertThat(moved.subject()).isEqualTo("Moved: callback for Maya Hart");
        assertThat(moved.text()).contains("has moved to Thu 3 Dec 2026, 14:30 GMT, online").doesNotContain("Where:");
        audition.put("cancelled", "yes");
        assertThat(TEMPLATES.email("audition", "en", audition).subject()).isEqualTo("Cancelled: callback for Maya Hart");
    }

    @Test
    void aDigest_countsEachRole_andEscapesNamesInHtml() {
        Map<String, Object> digest = Map.of("unsubscribe", "u", "name", "Mariam", "count", "1", "roles",
                List.of(Map.of("role", "<i>Young Tom</i>", "project", "The Glass Orchard", "count", "1", "link", "https://app/r/8")));
        RenderedEmail email = TEMPLATES.email("submissions-digest", "en", digest);

        assertThat(email.subject()).isEqualTo("1 new submission for your roles");
        assertThat(email.text()).contains("- <i>Young Tom</i> (The Glass Orchard): 1\n  https://app/r/8");
        assertThat(email.html()).contains("&lt;i&gt;Young Tom&lt;/i&gt;").contains("href=\"https://app/r/8\"");
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
