package app.slate.ingestion.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.ingestion.CastingCallExtraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Posts as they arrive from groups and boards, read without a model. */
class CastingCallRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aWhatsAppPost_withEmojiAndShorthand() {
        CastingCallExtraction r = CastingCallRules.read("""
                🎬🎬 CASTING CALL 🎬🎬
                Desert Bloom (feature film) seeks a female lead, 25-35, native Arabic. Riyadh, 3-28 March 2027.
                SAR 2,500/day. Apply: casting@desertbloom.example https://t.co/abc?src=wa 🙏""", TODAY);

        assertThat(r.castingCall()).isTrue();
        assertThat(r.title()).isEqualTo("Female lead, Desert Bloom (feature film)");
        assertThat(r.projectType()).isEqualTo("FILM");
        assertThat(r.city()).isEqualTo("Riyadh");
        assertThat(r.country()).isEqualTo("SA");
        assertThat(r.startsOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(r.endsOn()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(r.ageMin()).isEqualTo(25);
        assertThat(r.ageMax()).isEqualTo(35);
        assertThat(r.genders()).containsExactly("FEMALE");
        assertThat(r.payAmount()).isEqualByComparingTo(new BigDecimal("2500"));
        assertThat(r.payCurrency()).isEqualTo("SAR");
        assertThat(r.payPeriod()).isEqualTo("DAY");
        assertThat(r.contact()).isEqualTo("casting@desertbloom.example");
        assertThat(r.description()).doesNotContain("https://").doesNotContain("🎬");
        assertThat(r.quality()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void aBoardListing_withLabelledFields() {
        CastingCallExtraction r = CastingCallRules.read("""
                Role: Barista (featured)
                Project: Morning Ritual – national coffee commercial
                Production: Northlight Pictures
                Location: Manchester, UK
                Shoot: 14th January, one day
                Pay: £400 per day plus usage
                Looking for: men and women 20-40, confident on camera, natural smile
                Deadline: 2 January
                To apply: email headshot and showreel to casting@northlight.example""", TODAY);

        assertThat(r.title()).isEqualTo("Barista (featured) – Morning Ritual – national coffee commercial");
        assertThat(r.company()).isEqualTo("Northlight Pictures");
        assertThat(r.projectType()).isEqualTo("COMMERCIAL");
        assertThat(r.city()).isEqualTo("Manchester");
        assertThat(r.country()).isEqualTo("GB");
        assertThat(r.startsOn()).as("no year: the next 14 January").isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2027, 1, 2).atTime(23, 59, 59).toInstant(java.time.ZoneOffset.UTC));
        assertThat(r.genders()).containsExactly("FEMALE", "MALE");
        assertThat(r.ageMin()).isEqualTo(20);
        assertThat(r.ageMax()).isEqualTo(40);
        assertThat(r.payCurrency()).isEqualTo("GBP");
        assertThat(r.payAmount()).isEqualByComparingTo("400");
        assertThat(r.requirements()).contains("confident on camera");
        assertThat(r.quality()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void anArabicPost() {
        CastingCallExtraction r = CastingCallRules.read("""
                مطلوب ممثلة لمسلسل رمضاني في جدة
                العمر ٢٠-٣٠، الأجر 1500 ريال يوميا
                للتواصل: +966 55 123 4567""", TODAY);

        assertThat(r.castingCall()).isTrue();
        assertThat(r.projectType()).isEqualTo("SERIES");
        assertThat(r.city()).isEqualTo("Jeddah");
        assertThat(r.ageMin()).as("Arabic-Indic digits").isEqualTo(20);
        assertThat(r.ageMax()).isEqualTo(30);
        assertThat(r.genders()).containsExactly("FEMALE");
        assertThat(r.payAmount()).isEqualByComparingTo("1500");
        assertThat(r.payCurrency()).isEqualTo("SAR");
        assertThat(r.contact()).isEqualTo("+966 55 123 4567");
    }

    @Test
    void payToAudition_isWorthless_andChatterIsNotACall() {
        CastingCallExtraction scam = CastingCallRules.read("""
                Casting now for a Netflix series in Dubai!! All ages, all genders. Registration fee 200 AED to secure your audition slot.
                WhatsApp +971 50 000 0000""", TODAY);
        assertThat(scam.castingCall()).isTrue();
        assertThat(scam.quality()).isZero();
        assertThat(scam.city()).isEqualTo("Dubai");

        CastingCallExtraction chatter = CastingCallRules.read("Happy birthday Noor!! 🎂 See you on Saturday", TODAY);
        assertThat(chatter.castingCall()).isFalse();
        assertThat(chatter.quality()).isZero();
    }

    @Test
    void datesAreNotAges_andDurationsAreNotEither() {
        CastingCallExtraction r = CastingCallRules.read("Casting extras for a short film, 10-12 hours a day, shooting 3-5 June in London. Unpaid, lunch provided.", TODAY);
        assertThat(r.ageMin()).isNull();
        assertThat(r.projectType()).isEqualTo("SHORT");
        assertThat(r.payAmount()).isNull();
        assertThat(r.payText()).isEqualTo("Unpaid");
        assertThat(r.startsOn()).isEqualTo(LocalDate.of(2027, 6, 3));
    }

    @Test
    void whatWouldNotFitOrIsNotWhatItSeems() {
        CastingCallExtraction r = CastingCallRules.read("Actors wanted:    (paid) short film in Riyadh, 3-5 years experience, 10+ episodes. "
                + "Pay SAR 12,000,000,000 flat. Submit at https://docs.example/forms/" + "x".repeat(400), TODAY);
        assertThat(r.title()).isNotBlank();
        assertThat(r.ageMin()).as("years of experience and episodes are not ages").isNull();
        assertThat(r.payAmount()).as("more than the column holds: the words stay, the figure does not").isNull();
        assertThat(r.payText()).startsWith("SAR 12,000,000,000");
        assertThat(r.contact()).hasSize(300);

        assertThat(CastingCallRules.read("Casting extras for a music video in Leeds, 18+, £100 a day.", TODAY).company())
                .as("'Casting' alone is not a company").isNull();
        assertThat(CastingCallRules.read("Casting extras for a music video in Leeds, 18+, £100 a day.", TODAY).ageMin()).isEqualTo(18);
    }
}
