package org.rapport.demo;

import static org.rapport.demo.DemoOrganizations.ACME;
import static org.rapport.demo.DemoOrganizations.BOOK_CLUB;
import static org.rapport.demo.DemoOrganizations.CONTOSO;
import static org.rapport.demo.DemoOrganizations.FABRIKAM;
import static org.rapport.demo.DemoOrganizations.NORTHFIELD;
import static org.rapport.demo.DemoPerson.person;
import static org.rapport.people.ClosenessTier.ACQUAINTANCE;
import static org.rapport.people.ClosenessTier.CLOSE;
import static org.rapport.people.ClosenessTier.INNER_CIRCLE;
import static org.rapport.people.ClosenessTier.REGULAR;
import static org.rapport.people.Kind.BUSINESS;
import static org.rapport.people.Kind.PERSONAL;
import static org.rapport.people.Kind.PROFESSIONAL;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** Neighbours, the book club, old friends: the personal side of the network. */
final class PersonalPeople {
    private PersonalPeople() {}

    static List<DemoPerson> all(LocalDate today) {
        // Björn's birthday is always nine days away, so the demo has a birthday coming up on any date.
        String bjornsBirthday = MonthDay.from(today.plusDays(9)).toString();
        return List.of(
                person("priya", "Priya", "Raman")
                        .email("priya.raman@mail.example", "personal")
                        .phone("+44 7700 900918", "mobile")
                        .address("14 Elm Row", "London", "E8 3QT")
                        .tags("neighbours", "book club")
                        .birthday("1988-11-02")
                        .met("Moved in next door the same month we did; came round with a fern and a list "
                                + "of the good bakeries.")
                        .notes("Paediatrician at the Homerton, night shifts every other week. Recommends "
                                + "the best novels on the street.")
                        .kinds(PERSONAL)
                        .tier(CLOSE)
                        .cadence(14),
                person("ravi", "Ravi", "Iyer")
                        .email("ravi.iyer@mail.example", "personal")
                        .address("14 Elm Row", "London", "E8 3QT")
                        .tags("neighbours")
                        .met("Priya's husband; he fixed our gate the week we moved in.")
                        .notes("Architect. Owns every tool known to humanity and lends them freely.")
                        .kinds(PERSONAL)
                        .tier(REGULAR),
                person("olusegun", "Olusegun", "Adeyemi")
                        .email("segun.adeyemi@mail.example", "personal")
                        .phone("+44 7700 900655", "mobile")
                        .linkedIn("olusegun-adeyemi-ops")
                        .pastRole(FABRIKAM, "Operations Manager", 110, 6)
                        .tags("neighbours")
                        .met("The neighbour across the road; we wait for the same 7:40 bus.")
                        .notes("Let go in Fabrikam's restructuring after nine years running their warehouses. "
                                + "Wants an operations role with less travel. Goes by Segun.")
                        .kinds(PERSONAL)
                        .tier(CLOSE)
                        .cadence(14),
                person("ana", "Ana Beatriz", "Costa")
                        .email("anabeatriz.costa@mail.example", "personal")
                        .role(BOOK_CLUB, "Host", 80)
                        .tags("book club")
                        .met("Picked up the book club flyer at the library; Ana runs it with a spreadsheet "
                                + "and a cake tin.")
                        .kinds(PERSONAL)
                        .tier(REGULAR)
                        .cadence(120),
                person("elif", "Elif", "Yılmaz")
                        .email("elif.yilmaz@contosohealth.example", "work")
                        .linkedIn("elif-yilmaz-ux")
                        .role(CONTOSO, "UX Researcher", 30)
                        .tags("book club")
                        .introducedBy("ana")
                        .met("Book club; she always picks the translated novels.")
                        .notes("The one who told me Contoso was looking for a data consultancy.")
                        .kinds(PERSONAL, BUSINESS)
                        .tier(ACQUAINTANCE),
                person("rafael", "Rafael", "Mendoza")
                        .phone("+44 20 7946 0352", "café")
                        .tags("neighbours")
                        .met("Runs the café on the corner; knew my order by the second week.")
                        .kinds(PERSONAL)
                        .tier(ACQUAINTANCE),
                person("bjorn", "Björn", "Lindqvist")
                        .email("bjorn.lindqvist@mail.example", "personal")
                        .phone("+44 7700 900021", "mobile")
                        .tags("friends")
                        .birthday(bjornsBirthday)
                        .met("Best friends since the first week of school, when he shared his cinnamon buns.")
                        .notes("Sunday calls. Has been eyeing a proper moka pot for a year.")
                        .kinds(PERSONAL)
                        .tier(INNER_CIRCLE),
                person("camille", "Camille", "Dubois")
                        .email("camille.dubois@mail.example", "personal")
                        .linkedIn("camille-dubois-ds")
                        .role(ACME, "Data Scientist", 18)
                        .tags("friends", "data")
                        .introducedBy("bjorn")
                        .met("Björn's partner; we talk shop at every dinner until Björn changes the subject.")
                        .kinds(PERSONAL, PROFESSIONAL)
                        .tier(CLOSE),
                person("linh", "Linh", "Nguyen")
                        .email("linh.nguyen@northfield.example", "work")
                        .linkedIn("linh-nguyen-cs")
                        .role(NORTHFIELD, "Lecturer in Computer Science", 52)
                        .tags("university friends")
                        .birthday("--09-30")
                        .met("Same master's cohort at Northfield; we survived the distributed systems exam together.")
                        .kinds(PERSONAL, PROFESSIONAL)
                        .tier(CLOSE)
                        .cadence(60),
                person("max", "Maximilian", "Bauer")
                        .email("max@bauer-kline.example", "work")
                        .phone("+44 20 7946 0490", "office")
                        .tags("advisors")
                        .introducedBy("rafael")
                        .met("Rafael's accountant; Rafael said he explains tax like a bedtime story.")
                        .notes("Two-person accountancy, Bauer & Kline. Does my consulting books.")
                        .kinds(BUSINESS, PERSONAL)
                        .tier(ACQUAINTANCE));
    }
}
