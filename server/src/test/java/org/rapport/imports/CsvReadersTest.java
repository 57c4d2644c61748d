package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.imports.Collected.text;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rapport.imports.csv.GoogleContacts;
import org.rapport.imports.csv.LinkedInConnections;
import org.rapport.imports.csv.OutlookContacts;
import org.rapport.people.ContactValue;
import org.rapport.people.Kind;
import org.rapport.people.Link;

class CsvReadersTest {
    @Test
    void linkedInConnectionsAfterTheNotesPreambleWithBothDateForms() throws Exception {
        Collected c = new Collected();
        LinkedInConnections.read(text("linkedin-connections.csv"), c);

        assertThat(c.people)
                .extracting(ImportedPerson::displayName)
                .containsExactly("Inés Montoya-Ruiz", "Tobias Ferreira", "Priya Raghunathan", "Wen Zhao");
        ImportedPerson ines = c.named("Inés Montoya-Ruiz");
        assertThat(ines.line()).isEqualTo(5);
        assertThat(ines.organization()).isEqualTo("Lumen Orchard, Inc.");
        assertThat(ines.title()).isEqualTo("Head of \"Data\" Platforms");
        assertThat(ines.links()).containsExactly(new Link("https://www.linkedin.com/in/ines-montoya-ruiz", "linkedin"));
        assertThat(ines.howWeMet()).isEqualTo("Connected on LinkedIn on 2024-03-15");
        assertThat(ines.kinds()).containsExactly(Kind.PROFESSIONAL);
        assertThat(ines.sourceKey()).isEqualTo("url:linkedin.com/in/ines-montoya-ruiz");
        assertThat(c.named("Tobias Ferreira").howWeMet()).isEqualTo("Connected on LinkedIn on 2023-01-03");
        assertThat(c.named("Tobias Ferreira").emails())
                .containsExactly(new ContactValue("tobias.ferreira@example.net", null));
        assertThat(c.named("Priya Raghunathan").howWeMet()).isEqualTo("Connected on LinkedIn on 2025-07-01");
        assertThat(c.skipped).containsExactly(new LineError(8, "empty row"), new LineError(9, "no name"));
    }

    @Test
    void anOlderLinkedInExportWithoutPreambleOrUrlColumnAndWithABom() throws Exception {
        Collected c = new Collected();
        LinkedInConnections.read(text("linkedin-connections-old.csv"), c);
        assertThat(c.people)
                .extracting(ImportedPerson::displayName)
                .containsExactly("Marguerite Okafor", "Søren Lindqvist");
        assertThat(c.named("Søren Lindqvist").organization()).isEqualTo("Fjord & Co");
        assertThat(c.named("Marguerite Okafor").sourceKey()).isEqualTo("email:m.okafor@example.org");
        assertThat(c.named("Marguerite Okafor").line()).isEqualTo(2);
    }

    @Test
    void googleContactsSplitMultiValuesAndKeepSystemLabelsOutOfTags() throws Exception {
        Collected c = new Collected();
        GoogleContacts.read(text("google-contacts.csv"), c);
        ImportedPerson aurelia = c.named("Aurelia Castellanos");
        assertThat(aurelia.tags()).containsExactly("Friends");
        assertThat(aurelia.emails())
                .containsExactly(
                        new ContactValue("aurelia@bramble.example", "work"),
                        new ContactValue("aurelia.c@example.com", "home"));
        assertThat(aurelia.phones())
                .extracting(ContactValue::value)
                .containsExactly("+1 555 0101", "+1 555 0102", "+1 555 0199");
        assertThat(aurelia.addresses()).hasSize(1);
        assertThat(aurelia.addresses().get(0).city()).isEqualTo("Springfield");
        assertThat(aurelia.birthday()).isEqualTo("1987-11-02");
        assertThat(aurelia.dropped()).anyMatch(d -> d.contains("photo"));
        ImportedPerson dmitri = c.named("Dr. Dmitri K. Volkov");
        assertThat(dmitri.birthday()).isEqualTo("--06-21");
        assertThat(dmitri.emails()).containsExactly(new ContactValue("dmitri@polar.example", null));
        assertThat(c.skipped).extracting(LineError::message).containsExactly("empty row");
    }

    @Test
    void legacyGoogleContacts() throws Exception {
        Collected c = new Collected();
        GoogleContacts.read(text("google-contacts-legacy.csv"), c);
        ImportedPerson hollis = c.named("Hollis Achebe");
        assertThat(hollis.tags()).containsExactly("University");
        assertThat(hollis.organization()).isEqualTo("Keystone College");
        assertThat(hollis.title()).isEqualTo("Registrar");
        assertThat(hollis.phones()).extracting(ContactValue::value).containsExactly("555-0144", "555-0145");
        assertThat(hollis.emails()).containsExactly(new ContactValue("hollis@example.org", "home"));
    }

    @Test
    void outlookComExportWithABom() throws Exception {
        Collected c = new Collected();
        OutlookContacts.read(text("outlook-com.csv"), c);
        ImportedPerson zoe = c.named("Zoë Brennan-Kowalczyk");
        assertThat(zoe.organization()).isEqualTo("Greyfriars Press, Ltd.");
        assertThat(zoe.title()).isEqualTo("Editor");
        assertThat(zoe.birthday()).isEqualTo("1990-05-14");
        assertThat(zoe.emails())
                .extracting(ContactValue::value)
                .containsExactly("zoe.bk@example.com", "ZOE@brennan.example");
        assertThat(zoe.phones()).extracting(ContactValue::label).containsExactly("mobile", "work");
        assertThat(zoe.links()).extracting(Link::url).containsExactly("https://www.greyfriars.example");
        assertThat(zoe.addresses().get(0).city()).isEqualTo("Bristol");
    }

    @Test
    void desktopOutlookInWindows1252IsReadWithoutMojibake() throws Exception {
        Upload file = Collected.fixture("outlook-desktop-1252.csv");
        assertThat(TextFile.detect(file).charset().name()).isEqualTo("windows-1252");
        Collected c = new Collected();
        OutlookContacts.read(text("outlook-desktop-1252.csv"), c);
        ImportedPerson jurgen = c.named("Mr. Jürgen Weiß");
        assertThat(jurgen.organization()).isEqualTo("Müller & Söhne");
        assertThat(jurgen.title()).isEqualTo("Geschäftsführer");
        assertThat(jurgen.tags()).containsExactly("Suppliers", "Germany");
        assertThat(jurgen.birthday()).isEqualTo("1962-03-10");
        assertThat(c.named("Amélie Fournier").organization()).isEqualTo("Société Générale de Pâtisserie");
        assertThat(c.named("Gordon Abernathy").birthday()).isNull();
        assertThat(c.named("Gordon Abernathy").dropped()).isEmpty();
    }

    @Test
    void localizedOutlookHeaders() throws Exception {
        Collected c = new Collected();
        OutlookContacts.read(text("outlook-german.csv"), c);
        ImportedPerson katrin = c.named("Katrin Oberholzer");
        assertThat(katrin.organization()).isEqualTo("Alpenblick AG");
        assertThat(katrin.emails()).extracting(ContactValue::value).containsExactly("katrin@alpenblick.example");
        assertThat(katrin.birthday()).isEqualTo("1975-02-28");
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItOpensOn() {
        assertThatThrownBy(() -> LinkedInConnections.read(text("bad-unterminated-quote.csv"), new Collected()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> {
                    assertThat(f.errors().get(0).line()).isEqualTo(2);
                    assertThat(f.errors().get(0).message()).contains("unterminated quote");
                });
    }

    @Test
    void aHugeFieldIsRefusedWithItsLine() {
        String big = "x".repeat(5 * 1024 * 1024);
        String csv = "First Name,Last Name,Company,Connected On\nAna,Lopez,Acme,15 Mar 2024\nBo,Li,\"" + big
                + "\",1 Jan 2020\n";
        assertThatThrownBy(() -> LinkedInConnections.read(new StringReader(csv), new Collected()))
                .isInstanceOfSatisfying(ImportFailure.class, f -> {
                    assertThat(f.errors().get(0).line()).isEqualTo(3);
                    assertThat(f.errors().get(0).message()).contains("longer than");
                });
    }

    @Test
    void detectionRecognisesEachFormatAndRefusesACalendarSentAsCsv() throws Exception {
        for (var e : java.util.Map.of(
                        "linkedin-connections.csv", Format.LINKEDIN,
                        "linkedin-connections-old.csv", Format.LINKEDIN,
                        "google-contacts.csv", Format.GOOGLE_CSV,
                        "google-contacts-legacy.csv", Format.GOOGLE_CSV,
                        "outlook-com.csv", Format.OUTLOOK_CSV,
                        "outlook-desktop-1252.csv", Format.OUTLOOK_CSV,
                        "iphone-30.vcf", Format.VCARD,
                        "outlook-calendar.ics", Format.ICS)
                .entrySet()) {
            Upload u = Collected.fixture(e.getKey());
            assertThat(FormatDetector.detect(u, TextFile.detect(u), Optional.empty()))
                    .as(e.getKey())
                    .isEqualTo(e.getValue());
        }
        Upload ics = Collected.fixture("bad-calendar-as-csv.csv");
        assertThatThrownBy(() -> FormatDetector.detect(ics, TextFile.detect(ics), Optional.of(Format.GOOGLE_CSV)))
                .hasMessageContaining("an iCalendar file, not Google Contacts CSV");
    }

    @Test
    void emptyAndBinaryFilesAreRefused() {
        assertThatThrownBy(() -> TextFile.detect(Collected.fixture("bad-empty.csv")))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TextFile.detect(Collected.fixture("bad-binary.bin")))
                .hasMessageContaining("binary");
        assertThatThrownBy(
                        () -> TextFile.detect(Collected.bytes("blank.csv", " \n\n ".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("empty");
    }
}
