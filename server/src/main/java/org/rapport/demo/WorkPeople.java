package org.rapport.demo;

import static org.rapport.demo.DemoOrganizations.ACME;
import static org.rapport.demo.DemoOrganizations.CONTOSO;
import static org.rapport.demo.DemoOrganizations.FABRIKAM;
import static org.rapport.demo.DemoOrganizations.GLOBEX;
import static org.rapport.demo.DemoOrganizations.GUILD;
import static org.rapport.demo.DemoOrganizations.INITECH;
import static org.rapport.demo.DemoOrganizations.NORTHFIELD;
import static org.rapport.demo.DemoPerson.person;
import static org.rapport.people.ClosenessTier.ACQUAINTANCE;
import static org.rapport.people.ClosenessTier.CLOSE;
import static org.rapport.people.ClosenessTier.REGULAR;
import static org.rapport.people.Kind.JOB_SEARCH;
import static org.rapport.people.Kind.PERSONAL;
import static org.rapport.people.Kind.PROFESSIONAL;

import java.util.List;

/**
 * Former colleagues, conference friends and people at the target companies. Listed so that whoever
 * introduced someone comes before them. Phone numbers are in Ofcom's range for drama.
 */
final class WorkPeople {
    private WorkPeople() {}

    static List<DemoPerson> all() {
        return List.of(
                person("jose", "José", "Núñez")
                        .email("jose.nunez@acmerobotics.example", "work")
                        .email("jose.nunez@mail.example", "personal")
                        .phone("+44 7700 900142", "mobile")
                        .linkedIn("jose-nunez-data")
                        .role(ACME, "Staff Data Engineer", 50)
                        .pastRole(INITECH, "Senior Data Engineer", 98, 51)
                        .tags("former colleagues", "data", "advocates")
                        .birthday("--07-14")
                        .met("Sat next to each other on Initech's data platform team for four years; "
                                + "he taught me dbt and I taught him to stop fearing Kafka.")
                        .notes("Two kids, Lucas and Inés. Runs half-marathons. Put in an internal referral "
                                + "for me at Acme.")
                        .kinds(PROFESSIONAL, JOB_SEARCH)
                        .tier(CLOSE)
                        .cadence(21),
                person("marta", "Marta", "Kowalska")
                        .email("marta.kowalska@acmerobotics.example", "work")
                        .linkedIn("marta-kowalska-talent")
                        .role(ACME, "Senior Talent Partner", 27)
                        .tags("recruiters")
                        .met("José introduced us by email when I told him I was looking.")
                        .introducedBy("jose")
                        .notes("Hires data and ML people across Europe. Prefers email; answers on Tuesdays.")
                        .kinds(JOB_SEARCH)
                        .tier(REGULAR)
                        .cadence(30),
                person("dmitri", "Dmitri", "Volkov")
                        .email("dmitri@acmerobotics.example", "work")
                        .linkedIn("dmitri-volkov-ml")
                        .role(ACME, "Senior ML Engineer", 34)
                        .pastRole(GLOBEX, "ML Engineer", 70, 35)
                        .tags("data", "conference")
                        .met("Queued for coffee together at DataConf Lisbon and argued happily about feature stores.")
                        .kinds(PROFESSIONAL, JOB_SEARCH)
                        .tier(ACQUAINTANCE),
                person("gabriel", "Gabriel", "Lefèvre")
                        .email("gabriel.lefevre@acmerobotics.example", "work")
                        .linkedIn("gabriel-lefevre-eng")
                        .role(ACME, "Director of Engineering, Fleet Platform", 16)
                        .tags("hiring managers")
                        .met("Dmitri introduced us at the second DataConf Lisbon.")
                        .introducedBy("dmitri")
                        .notes("Owns the telemetry platform. Ask about headcount for the autumn.")
                        .kinds(JOB_SEARCH)
                        .tier(REGULAR)
                        .cadence(60),
                person("zoe", "Zoë", "Ackermann")
                        .email("zoe.ackermann@globex.example", "work")
                        .phone("+44 7700 900311", "mobile")
                        .linkedIn("zoe-ackermann")
                        .role(GLOBEX, "Engineering Manager, Data Platform", 38)
                        .tags("data", "conference", "advocates")
                        .birthday("1987-03-22")
                        .met("Her DataConf Lisbon talk on moving Globex from batch to streaming. I asked the "
                                + "awkward question about late events and she found me at the break.")
                        .notes("Swiss, lives in Hackney, climbs on Wednesdays. Introduced me to Siobhán.")
                        .kinds(PROFESSIONAL, JOB_SEARCH)
                        .tier(REGULAR),
                person("siobhan", "Siobhán", "O'Connor")
                        .email("siobhan.oconnor@globex.example", "work")
                        .linkedIn("siobhan-oconnor-data")
                        .role(GLOBEX, "Director of Data Engineering", 29)
                        .pastRole(CONTOSO, "Head of Data", 75, 30)
                        .tags("hiring managers")
                        .introducedBy("zoe")
                        .met("Zoë introduced us when I asked how Globex's data team works.")
                        .kinds(JOB_SEARCH)
                        .tier(REGULAR),
                person("fatima", "Fatima", "Al-Sayed")
                        .email("fatima.alsayed@globex.example", "work")
                        .email("fatima.as@mail.example", "personal")
                        .phone("+44 7700 900587", "mobile")
                        .linkedIn("fatima-al-sayed")
                        .role(GLOBEX, "Data Platform Lead", 21)
                        .pastRole(NORTHFIELD, "MSc Data Science", 117, 105)
                        .tags("university friends", "data")
                        .birthday("--12-03")
                        .met("Shared a flat in our master's year at Northfield; she still makes the best ful medames.")
                        .kinds(PERSONAL, JOB_SEARCH)
                        .tier(CLOSE)
                        .cadence(90),
                person("lucia", "Lucía", "Fernández")
                        .email("lucia.fernandez@globex.example", "work")
                        .linkedIn("lucia-fernandez-analytics")
                        .role(GLOBEX, "Analytics Engineer", 14)
                        .pastRole(INITECH, "Data Analyst", 66, 15)
                        .tags("former colleagues", "data")
                        .met("Joined my team at Initech as a graduate; I reviewed her first pull request.")
                        .kinds(PROFESSIONAL, JOB_SEARCH)
                        .tier(REGULAR)
                        .cadence(60),
                person("chen", "Chen", "Wei")
                        .email("chen.wei@fabrikam.example", "work")
                        .phone("+44 7700 900224", "mobile")
                        .linkedIn("chen-wei-engineering")
                        .role(FABRIKAM, "VP Engineering", 33)
                        .pastRole(INITECH, "Director of Data", 105, 34)
                        .tags("former colleagues", "advocates", "references")
                        .met("My manager at Initech for six years; he hired me.")
                        .notes("My first reference. Likes specific questions. Green tea, never coffee.")
                        .kinds(PROFESSIONAL, JOB_SEARCH)
                        .tier(CLOSE)
                        .cadence(45),
                person("amara", "Amara", "Okafor")
                        .email("amara@okafor-coaching.example", "work")
                        .linkedIn("amara-okafor-coach")
                        .tags("advisors")
                        .introducedBy("chen")
                        .met("Chen swore by her when he changed jobs.")
                        .notes("Career coach for engineers. Her rule: ask for advice, never for a job.")
                        .kinds(JOB_SEARCH)
                        .tier(ACQUAINTANCE),
                person("yuki", "Yuki", "Sato")
                        .email("yuki.sato@fabrikam.example", "work")
                        .linkedIn("yuki-sato-contracts")
                        .role(FABRIKAM, "Staff Engineer, Data Contracts", 46)
                        .tags("conference", "data")
                        .met("Gave the data contracts talk at DataConf Lisbon that changed how I review schemas.")
                        .kinds(PROFESSIONAL)
                        .tier(ACQUAINTANCE),
                person("sofia", "Sofía", "Herrera")
                        .email("sofia@lakehouseweekly.example", "work")
                        .linkedIn("sofia-herrera-lakehouse")
                        .role(GUILD, "Co-organiser", 36)
                        .tags("conference", "data")
                        .met("Seated next to me at the DataConf speakers' dinner.")
                        .notes("Writes the 'Lakehouse Weekly' newsletter; always has the benchmark numbers.")
                        .kinds(PROFESSIONAL)
                        .tier(REGULAR),
                person("mateus", "Mateus", "Oliveira")
                        .email("mateus.oliveira@contosohealth.example", "work")
                        .linkedIn("mateus-oliveira-de")
                        .role(GUILD, "Organiser", 62)
                        .role(CONTOSO, "Data Engineer", 42)
                        .tags("data", "meetup")
                        .met("The Guild's first meetup I went to; he runs it with a clipboard and a lot of pizza.")
                        .kinds(PROFESSIONAL)
                        .tier(REGULAR)
                        .cadence(60));
    }
}
