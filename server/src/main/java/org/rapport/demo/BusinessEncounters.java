package org.rapport.demo;

import static org.rapport.demo.DemoEncounter.encounter;
import static org.rapport.encounters.Channel.CALL;
import static org.rapport.encounters.Channel.EMAIL;
import static org.rapport.encounters.Channel.IN_PERSON;
import static org.rapport.encounters.Channel.MESSAGE;
import static org.rapport.encounters.Channel.VIDEO;
import static org.rapport.encounters.ExchangeType.ADVICE;
import static org.rapport.encounters.ExchangeType.INFORMATION;
import static org.rapport.encounters.ExchangeType.RECOMMENDATION;
import static org.rapport.encounters.ExchangeType.REFERRAL;
import static org.rapport.encounters.ExchangeType.RESOURCE;
import static org.rapport.people.Kind.BUSINESS;

import java.util.List;

/**
 * The consulting side business, grown by word of mouth: Hannah brought Northwind, Aiko referred
 * Contoso, Ingrid passed on Vandelay.
 */
final class BusinessEncounters {
    private BusinessEncounters() {}

    static List<DemoEncounter> all() {
        return List.of(
                encounter(BUSINESS, 410, "18:15", IN_PERSON, "Hannah's consulting idea")
                        .at("The Lamb, Conduit Street")
                        .with("hannah")
                        .topics("consulting")
                        .notes("Hannah: 'You fixed our reporting at Initech. Come and fix Northwind's.'")
                        .received(REFERRAL, "a first consulting project at Northwind, with Aiko's team", "hannah"),
                encounter(BUSINESS, 395, "10:00", VIDEO, "Northwind kickoff")
                        .with("aiko", "hannah")
                        .topics("incremental loads", "cloud costs")
                        .gave(ADVICE, "stop the nightly full reloads; go incremental", "aiko"),
                encounter(BUSINESS, 300, "17:30", IN_PERSON, "Max on going independent")
                        .at("Bauer & Kline, Mare Street")
                        .with("max")
                        .topics("sole trader", "VAT", "invoicing")
                        .received(ADVICE, "register as a sole trader, VAT quarterly, invoice within a week", "max"),
                encounter(BUSINESS, 250, "15:00", VIDEO, "Northwind wrap-up")
                        .with("aiko")
                        .topics("results", "referrals")
                        .notes("Warehouse bill down 38%. Aiko asked who else she could send my way.")
                        .received(RECOMMENDATION, "a LinkedIn recommendation from Aiko", "aiko")
                        .received(REFERRAL, "to Lars Eriksson, Contoso Health's CTO", "aiko"),
                encounter(BUSINESS, 235, "11:00", CALL, "Discovery call with Lars")
                        .with("lars")
                        .topics("healthcare data", "HL7")
                        .gave(ADVICE, "audit the HL7 feeds before buying another platform", "lars"),
                encounter(BUSINESS, 165, "09:05", EMAIL, "Ingrid passes on Vandelay")
                        .with("ingrid")
                        .topics("referral", "warehouse data")
                        .received(REFERRAL, "Kwame Mensah at Vandelay, who needs a warehouse data clean-up", "ingrid"),
                encounter(BUSINESS, 140, "14:00", VIDEO, "Vandelay discovery")
                        .with("kwame")
                        .topics("warehouse data", "estimate")
                        .gave(INFORMATION, "a rough estimate: six weeks, in two phases", "kwame"),
                encounter(BUSINESS, 45, "13:00", IN_PERSON, "Noor's stale dashboards")
                        .at("Fabrikam Logistics, Canary Wharf")
                        .with("noor")
                        .topics("dashboards", "freshness")
                        .gave(RESOURCE, "a freshness-check template for her dashboards", "noor"),
                encounter(BUSINESS, 34, "10:30", VIDEO, "Northwind quarterly check-in")
                        .with("aiko", "hannah")
                        .topics("phase two", "monitoring")
                        .received(INFORMATION, "phase-two budget confirmed for spring", "aiko")
                        .gave(RESOURCE, "a pipeline health dashboard", "aiko"),
                encounter(BUSINESS, 20, "11:00", IN_PERSON, "Proposal meeting at Vandelay")
                        .at("Vandelay Industries, Croydon")
                        .with("kwame")
                        .topics("proposal", "pricing")
                        .notes("Kwame likes the plan; his CFO wants phase one priced on its own.")
                        .gave(RESOURCE, "proposal draft, version one", "kwame")
                        .received(INFORMATION, "they need phased pricing to get it signed", "kwame"),
                encounter(BUSINESS, 14, "17:45", CALL, "Trading leads with Tomasz")
                        .with("tomasz")
                        .topics("referrals", "BI")
                        .gave(REFERRAL, "Fabrikam's BI backlog, which is more his work than mine", "tomasz")
                        .received(INFORMATION, "Contoso has shortlisted two consultancies", "tomasz"),
                encounter(BUSINESS, 12, "08:50", MESSAGE, "Lars: the Contoso shortlist")
                        .with("lars")
                        .topics("Contoso Health", "shortlist")
                        .received(INFORMATION, "we are one of the two on Contoso's shortlist", "lars"));
    }
}
