package org.rapport.demo;

import static org.rapport.demo.DemoOrganizations.CONTOSO;
import static org.rapport.demo.DemoOrganizations.FABRIKAM;
import static org.rapport.demo.DemoOrganizations.INITECH;
import static org.rapport.demo.DemoOrganizations.NORTHWIND;
import static org.rapport.demo.DemoOrganizations.VANDELAY;
import static org.rapport.demo.DemoPerson.person;
import static org.rapport.people.ClosenessTier.ACQUAINTANCE;
import static org.rapport.people.ClosenessTier.CLOSE;
import static org.rapport.people.ClosenessTier.REGULAR;
import static org.rapport.people.Kind.BUSINESS;
import static org.rapport.people.Kind.PROFESSIONAL;

import java.util.List;

/**
 * The consulting side business: the client, prospects (their stage in the notes), referral
 * partners. Loaded after {@link WorkPeople}, who introduced some of them.
 */
final class ClientPeople {
    private ClientPeople() {}

    static List<DemoPerson> all() {
        return List.of(
                person("hannah", "Hannah", "Schmidt")
                        .email("hannah.schmidt@northwind.example", "work")
                        .linkedIn("hannah-schmidt-pm")
                        .role(NORTHWIND, "Product Manager", 26)
                        .pastRole(INITECH, "Product Manager", 74, 27)
                        .tags("former colleagues", "advocates")
                        .met("The product manager on Initech's reporting revamp, our best project.")
                        .kinds(BUSINESS, PROFESSIONAL)
                        .tier(REGULAR)
                        .cadence(60),
                person("aiko", "Aiko", "Tanaka")
                        .email("aiko.tanaka@northwind.example", "work")
                        .phone("+44 7700 900476", "work")
                        .linkedIn("aiko-tanaka-data")
                        .role(NORTHWIND, "Head of Data", 40)
                        .tags("clients", "advocates")
                        .birthday("--05-09")
                        .introducedBy("hannah")
                        .met("Hannah brought me in to help her team; my first consulting client.")
                        .notes("Decides fast, hates slide decks. Wrote me a LinkedIn recommendation.")
                        .kinds(BUSINESS, PROFESSIONAL)
                        .tier(CLOSE),
                person("lars", "Lars", "Eriksson")
                        .email("lars.eriksson@contosohealth.example", "work")
                        .linkedIn("lars-eriksson-cto")
                        .role(CONTOSO, "CTO", 23)
                        .tags("prospects")
                        .introducedBy("aiko")
                        .met("Aiko referred me when Contoso started looking at their data mess.")
                        .notes("Stage: shortlisted (one of two). Budget decision this quarter.")
                        .kinds(BUSINESS)
                        .tier(REGULAR)
                        .cadence(21),
                person("ingrid", "Ingrid", "Halvorsen")
                        .email("ingrid@halvorsendata.example", "work")
                        .linkedIn("ingrid-halvorsen")
                        .pastRole(INITECH, "Data Engineer", 96, 42)
                        .tags("former colleagues", "referral partners", "advocates")
                        .met("Initech's on-call rota paired us for three years of 3 a.m. pages.")
                        .notes("Freelances now. Sent me Vandelay; I owe her a lead in return.")
                        .kinds(BUSINESS, PROFESSIONAL)
                        .tier(REGULAR),
                person("kwame", "Kwame", "Mensah")
                        .email("kwame.mensah@vandelay.example", "work")
                        .phone("+44 20 7946 0718", "work")
                        .linkedIn("kwame-mensah-ops")
                        .role(VANDELAY, "Director of Operations", 43)
                        .tags("prospects")
                        .introducedBy("ingrid")
                        .met("Ingrid passed him to me: she was too busy to take Vandelay on.")
                        .notes("Stage: proposal. Wants phased pricing. Hiring an operations lead.")
                        .kinds(BUSINESS)
                        .tier(REGULAR)
                        .cadence(14),
                person("tomasz", "Tomasz", "Wiśniewski")
                        .email("tomasz@wisniewski-bi.example", "work")
                        .linkedIn("tomasz-wisniewski-bi")
                        .tags("referral partners", "data")
                        .met("A Guild meetup; we pass each other the work that doesn't fit our own.")
                        .kinds(BUSINESS)
                        .tier(REGULAR)
                        .cadence(60),
                person("noor", "Noor", "Haddad")
                        .email("noor.haddad@fabrikam.example", "work")
                        .role(FABRIKAM, "Senior Data Analyst", 27)
                        .tags("data")
                        .introducedBy("chen")
                        .met("Chen asked me to look at her dashboard freshness problem.")
                        .kinds(BUSINESS)
                        .tier(ACQUAINTANCE));
    }
}
