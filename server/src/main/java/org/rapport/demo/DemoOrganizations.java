package org.rapport.demo;

import java.util.List;
import org.rapport.organizations.OrganizationService.OrganizationDraft;

/**
 * The organizations of the demo, created before the people so their roles find them by name.
 * Domains end in .example (reserved), so no link points at a real company.
 */
final class DemoOrganizations {
    static final String ACME = "Acme Robotics";
    static final String GLOBEX = "Globex";
    static final String INITECH = "Initech";
    static final String NORTHWIND = "Northwind Traders";
    static final String CONTOSO = "Contoso Health";
    static final String FABRIKAM = "Fabrikam Logistics";
    static final String VANDELAY = "Vandelay Industries";
    static final String GUILD = "Data Engineering Guild";
    static final String BOOK_CLUB = "Riverside Book Club";
    static final String NORTHFIELD = "Northfield University";

    private DemoOrganizations() {}

    static List<OrganizationDraft> all() {
        return List.of(
                new OrganizationDraft(
                        ACME,
                        "https://acmerobotics.example",
                        "Warehouse robots. Building a fleet telemetry platform; target company #1."),
                new OrganizationDraft(
                        GLOBEX,
                        "https://globex.example",
                        "Logistics software, moving its batch pipelines to streaming. Target company #2."),
                new OrganizationDraft(
                        INITECH,
                        "https://initech.example",
                        "Where I spent seven years on the data platform team, until the restructuring."),
                new OrganizationDraft(
                        NORTHWIND,
                        "https://northwind.example",
                        "First consulting client, thanks to Hannah. Phase two is budgeted for spring."),
                new OrganizationDraft(
                        CONTOSO,
                        "https://contosohealth.example",
                        "Prospect: choosing a data consultancy. Elif from book club works here."),
                new OrganizationDraft(
                        FABRIKAM,
                        "https://fabrikam.example",
                        "Chen runs engineering here now. Olusegun lost his job in their restructuring."),
                new OrganizationDraft(
                        VANDELAY,
                        "https://vandelay.example",
                        "Prospect via Ingrid: a warehouse data clean-up. Proposal is out."),
                new OrganizationDraft(
                        GUILD,
                        "https://dataguild.example",
                        "London meetup, second Thursday of the month. Mateus organises it."),
                new OrganizationDraft(BOOK_CLUB, null, "First Sunday of the month, at Ana's or the library."),
                new OrganizationDraft(
                        NORTHFIELD,
                        "https://northfield.example",
                        "Where I did my master's. Linh lectures here; I guest-lecture once a year."));
    }
}
