package org.rapport.demo;

import static org.rapport.demo.DemoEncounter.encounter;
import static org.rapport.encounters.Channel.CALL;
import static org.rapport.encounters.Channel.EVENT;
import static org.rapport.encounters.Channel.IN_PERSON;
import static org.rapport.encounters.Channel.VIDEO;
import static org.rapport.encounters.ExchangeType.ADVICE;
import static org.rapport.encounters.ExchangeType.FAVOR;
import static org.rapport.encounters.ExchangeType.INFORMATION;
import static org.rapport.encounters.ExchangeType.INTRODUCTION;
import static org.rapport.encounters.ExchangeType.RECOMMENDATION;
import static org.rapport.encounters.ExchangeType.RESOURCE;
import static org.rapport.people.Kind.PROFESSIONAL;

import java.util.List;

/** Two DataConf Lisbons, the Guild meetups, and a friend's lecture hall: who said what, where. */
final class ProfessionalEncounters {
    private static final String DATACONF = "DataConf Lisbon, Centro de Congressos";
    private static final String GUILD = "Data Engineering Guild, Shoreditch";

    private ProfessionalEncounters() {}

    static List<DemoEncounter> all() {
        return List.of(
                encounter(PROFESSIONAL, 520, "11:15", EVENT, "DataConf Lisbon, day one")
                        .at(DATACONF)
                        .with("zoe", "yuki")
                        .topics("streaming", "late events", "data contracts")
                        .notes("Zoë's talk on Globex's move to streaming was the best of the day. Yuki's "
                                + "data contracts session right after it: same problem, seen from the producer.")
                        .received(INFORMATION, "how Globex handles late-arriving events with watermarks", "zoe")
                        .received(ADVICE, "start data contracts with the three noisiest producers, not all", "yuki")
                        .gave(INFORMATION, "our Initech backfill tooling, warts and all", "zoe"),
                encounter(PROFESSIONAL, 519, "20:30", EVENT, "DataConf Lisbon, speakers' dinner")
                        .at("Cervejaria Ramiro, Lisbon")
                        .with("dmitri", "sofia")
                        .topics("feature stores", "newsletters")
                        .notes("Too many prawns. Dmitri is sceptical of feature stores; Sofía is sceptical of "
                                + "everything until she has benchmarked it.")
                        .received(RECOMMENDATION, "Sofía's 'Lakehouse Weekly' newsletter", "sofia")
                        .gave(INFORMATION, "numbers from our feature store pilot", "dmitri"),
                encounter(PROFESSIONAL, 470, "16:00", VIDEO, "Data contracts, continued")
                        .with("yuki")
                        .topics("data contracts", "schema registry")
                        .received(RESOURCE, "Yuki's data contract template with its CI check", "yuki")
                        .gave(RESOURCE, "our schema-registry compatibility script", "yuki"),
                encounter(PROFESSIONAL, 430, "18:30", IN_PERSON, "Guild meetup: streaming joins")
                        .at(GUILD)
                        .with("mateus", "tomasz")
                        .topics("streaming joins", "meetups")
                        .notes("First time at the Guild. Tomasz and I stayed for the last train talking "
                                + "about invoicing, of all things.")
                        .received(FAVOR, "a speaking slot at the spring meetup", "mateus"),
                encounter(PROFESSIONAL, 340, "19:00", EVENT, "My Guild talk: Backfills without tears")
                        .at(GUILD)
                        .with("mateus", "sofia", "lucia", "tomasz")
                        .topics("backfills", "talks")
                        .notes("Eighty people, two good questions, one heckle about Airflow. Lucía brought "
                                + "half of Initech's analytics team.")
                        .gave(RESOURCE, "the backfill playbook and slides, shared with the Guild", null),
                encounter(PROFESSIONAL, 200, "12:30", CALL, "Linh asks for a guest lecture")
                        .with("linh")
                        .topics("teaching", "pipelines")
                        .gave(FAVOR, "a guest lecture on data pipelines for her second-years", "linh"),
                encounter(PROFESSIONAL, 150, "10:00", EVENT, "DataConf Lisbon, year two")
                        .at(DATACONF)
                        .with("dmitri", "gabriel", "sofia", "yuki")
                        .topics("telemetry", "robotics", "time series")
                        .notes("Dmitri walked me over to Gabriel at the Acme stand. Acme's fleet sends four "
                                + "billion telemetry events a day and they still batch them nightly.")
                        .received(INTRODUCTION, "to Gabriel Lefèvre, who runs Acme's fleet platform", "dmitri"),
                encounter(PROFESSIONAL, 62, "17:00", VIDEO, "Lakehouse formats, swapping notes")
                        .with("sofia")
                        .topics("lakehouse", "Iceberg", "dbt")
                        .received(INFORMATION, "Globex's Iceberg-versus-Delta benchmark numbers", "sofia")
                        .gave(RESOURCE, "my dbt test macros for freshness checks", "sofia"),
                encounter(PROFESSIONAL, 25, "18:30", EVENT, "Guild meetup: data quality at scale")
                        .at(GUILD)
                        .with("mateus", "camille", "sofia")
                        .topics("data quality", "alerting")
                        .gave(ADVICE, "how we cut alert noise at Initech by four fifths", null)
                        .received(INFORMATION, "the Guild is looking for a venue sponsor", "mateus"),
                encounter(PROFESSIONAL, 9, "14:00", VIDEO, "Reviewing Linh's student projects")
                        .with("linh")
                        .topics("teaching", "mentoring")
                        .notes("Three of her students built Kafka pipelines for a bike-share dataset. "
                                + "One of them is better at this than I was at thirty.")
                        .gave(ADVICE, "written feedback on three student pipeline projects", "linh"));
    }
}
