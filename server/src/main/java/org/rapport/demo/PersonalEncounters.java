package org.rapport.demo;

import static org.rapport.demo.DemoEncounter.encounter;
import static org.rapport.encounters.Channel.CALL;
import static org.rapport.encounters.Channel.IN_PERSON;
import static org.rapport.encounters.ExchangeType.ADVICE;
import static org.rapport.encounters.ExchangeType.FAVOR;
import static org.rapport.encounters.ExchangeType.INFORMATION;
import static org.rapport.encounters.ExchangeType.INTRODUCTION;
import static org.rapport.encounters.ExchangeType.RECOMMENDATION;
import static org.rapport.encounters.ExchangeType.RESOURCE;
import static org.rapport.people.Kind.PERSONAL;

import java.util.List;

/** The street, the book club and old friends: a book recommended, a neighbour out of work, favours. */
final class PersonalEncounters {
    private PersonalEncounters() {}

    static List<DemoEncounter> all() {
        return List.of(
                encounter(PERSONAL, 505, "18:00", IN_PERSON, "Over the fence with Priya")
                        .at("Back gardens, Elm Row")
                        .with("priya")
                        .topics("books")
                        .received(RECOMMENDATION, "'Piranesi' by Susanna Clarke", "priya"),
                encounter(PERSONAL, 475, "16:00", IN_PERSON, "First book club: Piranesi")
                        .at("Ana's flat, Dalston")
                        .with("ana", "priya", "elif")
                        .topics("books", "Piranesi")
                        .notes("Ana's lemon drizzle. Elif read it in Turkish first and says it is stranger there.")
                        .gave(RECOMMENDATION, "'The Overstory' for next month", null),
                encounter(PERSONAL, 358, "08:15", IN_PERSON, "Back from holiday at Rafael's")
                        .at("Café Mendoza, corner of Elm Row")
                        .with("rafael")
                        .received(FAVOR, "Rafael kept our parcels while we were away", "rafael"),
                encounter(PERSONAL, 356, "19:30", IN_PERSON, "Björn's birthday dinner")
                        .at("Björn and Camille's, Walthamstow")
                        .with("bjorn", "camille")
                        .topics("birthdays")
                        .gave(RESOURCE, "a first edition of 'The Left Hand of Darkness'", "bjorn"),
                encounter(PERSONAL, 180, "07:40", IN_PERSON, "Olusegun at the bus stop")
                        .at("Bus stop, Elm Row")
                        .with("olusegun")
                        .topics("work", "operations")
                        .notes("He was let go in Fabrikam's restructuring after nine years. Proud, and "
                                + "worried about the mortgage. Vandelay is hiring an operations lead.")
                        .gave(ADVICE, "lead with the warehouse turnaround numbers, not the job titles", "olusegun")
                        .gave(INTRODUCTION, "to Kwame Mensah, who runs operations at Vandelay", "olusegun"),
                encounter(PERSONAL, 100, "16:00", IN_PERSON, "Book club: Klara and the Sun")
                        .at("Dalston Library")
                        .with("ana", "elif", "priya", "ravi")
                        .topics("books", "Klara and the Sun")
                        .received(INFORMATION, "Contoso Health is choosing a data consultancy", "elif"),
                encounter(PERSONAL, 60, "10:00", IN_PERSON, "Björn lends the car")
                        .with("bjorn")
                        .received(FAVOR, "Björn lent us his car for the furniture run", "bjorn"),
                encounter(PERSONAL, 16, "19:30", IN_PERSON, "Dinner at Priya and Ravi's")
                        .at("14 Elm Row")
                        .with("priya", "ravi")
                        .topics("books", "DIY")
                        .received(RECOMMENDATION, "'Tomorrow, and Tomorrow, and Tomorrow'", "priya")
                        .received(FAVOR, "Ravi lent me his ladder for the gutters", "ravi"),
                encounter(PERSONAL, 7, "18:00", CALL, "Catch-up call with Björn")
                        .with("bjorn")
                        .topics("birthday plans", "job search")
                        .received(ADVICE, "take one weekend off the job search", "bjorn"),
                encounter(PERSONAL, 5, "18:30", IN_PERSON, "Olusegun's good news")
                        .at("Elm Row")
                        .with("olusegun")
                        .notes("Second interview at Vandelay this week. Kwame liked him.")
                        .received(FAVOR, "he helped carry the new sofa up three flights", "olusegun"));
    }
}
