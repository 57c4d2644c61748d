package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.imports.Collected.text;

import org.junit.jupiter.api.Test;
import org.rapport.imports.vcard.VCardPeople;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;

class VCardPeopleTest {
    @Test
    void androidQuotedPrintableWithCharsetAndSoftLineBreaks() throws Exception {
        Collected c = new Collected();
        VCardPeople.read(text("android-21.vcf"), c);
        ImportedPerson begona = c.named("Begoña Núñez");
        assertThat(begona.givenName()).isEqualTo("Begoña");
        assertThat(begona.familyName()).isEqualTo("Núñez");
        assertThat(begona.notes()).isEqualTo("Conocida en la feria de Valencia; le gusta el café solo.");
        assertThat(begona.phones())
                .containsExactly(
                        new ContactValue("+34 600 000 111", "mobile"), new ContactValue("+34 910 000 222", "work"));
        assertThat(begona.emails()).containsExactly(new ContactValue("begona@example.es", "work"));
        assertThat(begona.tags()).isEmpty(); // "My Contacts" is Android's own group
        assertThat(begona.dropped()).anyMatch(d -> d.contains("photo"));
        assertThat(c.named("Omar Haddad").line()).isGreaterThan(begona.line());
    }

    @Test
    void appleLabelsGroupsAndTheYear1604() throws Exception {
        Collected c = new Collected();
        VCardPeople.read(text("iphone-30.vcf"), c);
        ImportedPerson emiko = c.named("Emiko Takahashi");
        assertThat(emiko.emails())
                .containsExactly(
                        new ContactValue("emiko@kestrel.example", "Conference"),
                        new ContactValue("emiko.t@example.jp", "home"));
        assertThat(emiko.links()).containsExactly(new Link("https://emiko.example/blog", "homepage"));
        assertThat(emiko.birthday()).isEqualTo("--05-09");
        assertThat(emiko.organization()).isEqualTo("Kestrel Robotics");
        assertThat(emiko.addresses().get(0).city()).isEqualTo("Kyoto");
        assertThat(emiko.sourceKey()).isEqualTo("uid:5F3C2A10-8E2B-4B7A-9C11-0A1B2C3D4E5F:ABPerson");
        assertThat(emiko.dropped()).anyMatch(d -> d.contains("photo"));
        assertThat(c.named("Astrid Lindgren-Berg").birthday())
                .isEqualTo("--11-14"); // iOS 12.4: 1604 without the parameter
    }

    @Test
    void vCard4PartialBirthdayTelUriAndEscapes() throws Exception {
        Collected c = new Collected();
        VCardPeople.read(text("rfc6350-40.vcf"), c);
        ImportedPerson kofi = c.named("Kofi Mensah-Bonsu");
        assertThat(kofi.birthday()).isEqualTo("--04-15");
        assertThat(kofi.phones()).extracting(ContactValue::value).containsExactly("+233-20-000-5555");
        assertThat(kofi.notes()).isEqualTo("Line one\nLine two, with a comma");
        assertThat(kofi.sourceKey()).isEqualTo("uid:urn:uuid:0d8f5a52-3c1e-4d6e-9b3f-7a2e1c4b5d6f");
    }

    @Test
    void googleAndOutlookCards() throws Exception {
        Collected google = new Collected();
        VCardPeople.read(text("gmail-30.vcf"), google);
        ImportedPerson nadia = google.named("Nadia Petrova");
        assertThat(nadia.addresses()).isEmpty();
        assertThat(nadia.links()).containsExactly(new Link("http://nadia.example", "PROFILE"));
        assertThat(nadia.tags()).containsExactly("Book club");

        Collected outlook = new Collected();
        VCardPeople.read(text("outlook-21.vcf"), outlook);
        ImportedPerson colin = outlook.named("Colin Fairweather");
        assertThat(colin.notes()).isEqualTo("First line\r\nSecond line");
        assertThat(colin.birthday()).isEqualTo("1972-03-10");
        assertThat(colin.title()).isEqualTo("Actuary");
    }

    @Test
    void aTruncatedFileIsRefused() {
        assertThatThrownBy(() -> VCardPeople.read(text("truncated.vcf"), new Collected()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> {
                    assertThat(f.errors().get(0).line()).isEqualTo(6);
                    assertThat(f.errors().get(0).message()).contains("truncated");
                });
    }
}
