package org.rapport.demo;

import static org.rapport.demo.DemoEncounter.encounter;
import static org.rapport.encounters.Channel.CALL;
import static org.rapport.encounters.Channel.EMAIL;
import static org.rapport.encounters.Channel.IN_PERSON;
import static org.rapport.encounters.Channel.MESSAGE;
import static org.rapport.encounters.Channel.VIDEO;
import static org.rapport.encounters.ExchangeType.ADVICE;
import static org.rapport.encounters.ExchangeType.FAVOR;
import static org.rapport.encounters.ExchangeType.INFORMATION;
import static org.rapport.encounters.ExchangeType.INTRODUCTION;
import static org.rapport.encounters.ExchangeType.RECOMMENDATION;
import static org.rapport.encounters.ExchangeType.REFERRAL;
import static org.rapport.encounters.ExchangeType.RESOURCE;
import static org.rapport.people.Kind.JOB_SEARCH;

import java.util.List;

/**
 * Since the Initech restructuring four months ago: advice conversations with people at Acme
 * Robotics and Globex, a coach, and an old manager, ending in two referrals.
 */
final class JobSearchEncounters {
    private JobSearchEncounters() {}

    static List<DemoEncounter> all() {
        return List.of(
                encounter(JOB_SEARCH, 125, "09:30", CALL, "Telling Chen I'm looking")
                        .with("chen")
                        .topics("job search", "references")
                        .notes("A week after the restructuring. Chen was calm about it, which made me calm.")
                        .received(ADVICE, "pick two or three target companies and ask for advice, not jobs", "chen")
                        .received(FAVOR, "he will be my first reference", "chen"),
                encounter(JOB_SEARCH, 115, "10:00", VIDEO, "CV session with Amara")
                        .with("amara")
                        .topics("CV", "outreach")
                        .received(
                                ADVICE, "rewrite the CV around outcomes (pipeline costs down 40%), not tools", "amara")
                        .received(RESOURCE, "her advice-request email template", "amara"),
                encounter(JOB_SEARCH, 105, "08:45", IN_PERSON, "Coffee with José at Acme")
                        .at("Acme Robotics, King's Cross")
                        .with("jose")
                        .topics("Acme Robotics", "telemetry")
                        .notes("He showed me the robot floor. The telemetry platform is the team to join.")
                        .received(INFORMATION, "Acme is building a fleet telemetry platform, hiring in autumn", "jose")
                        .received(INTRODUCTION, "to Marta Kowalska, Acme's talent partner", "jose")
                        .gave(ADVICE, "how we ran Kafka upgrades without downtime", "jose"),
                encounter(JOB_SEARCH, 98, "11:20", EMAIL, "Advice request to Marta")
                        .with("marta")
                        .topics("Acme Robotics", "interviews")
                        .received(INFORMATION, "how Acme's interview loop works: four stages and a take-home", "marta"),
                encounter(JOB_SEARCH, 90, "13:00", VIDEO, "Asking Zoë about Globex")
                        .with("zoe")
                        .topics("Globex", "streaming")
                        .received(INTRODUCTION, "to Siobhán O'Connor, Globex's Director of Data Engineering", "zoe")
                        .gave(INFORMATION, "a contact at Initech for her vendor reference check", "zoe"),
                encounter(JOB_SEARCH, 80, "15:30", VIDEO, "Advice call with Siobhán")
                        .with("siobhan")
                        .topics("Globex", "platform roadmap")
                        .notes("Thirty minutes became an hour. She asked what I would change first at Globex.")
                        .received(INFORMATION, "Globex's roadmap: streaming first, then a lakehouse", "siobhan")
                        .gave(RESOURCE, "my write-up of the Initech Kafka migration", "siobhan"),
                encounter(JOB_SEARCH, 70, "21:10", MESSAGE, "Fatima on Globex culture")
                        .with("fatima")
                        .topics("Globex", "culture")
                        .received(INFORMATION, "on-call is light and the data team ships weekly", "fatima"),
                encounter(JOB_SEARCH, 52, "12:30", IN_PERSON, "Lunch with Gabriel")
                        .at("Acme Robotics canteen, King's Cross")
                        .with("gabriel")
                        .topics("Acme Robotics", "telemetry", "time series")
                        .received(ADVICE, "build a small telemetry demo and bring it to the interview", "gabriel")
                        .gave(RESOURCE, "my notes on time-series storage costs", "gabriel"),
                encounter(JOB_SEARCH, 40, "18:00", CALL, "Chen on the Fabrikam opening")
                        .with("chen")
                        .topics("Fabrikam Logistics", "referral")
                        .received(REFERRAL, "Chen referred me for the Staff Data Engineer opening at Fabrikam", "chen"),
                encounter(JOB_SEARCH, 21, "16:00", VIDEO, "Interview prep with Marta")
                        .with("marta")
                        .topics("Acme Robotics", "interviews")
                        .received(ADVICE, "the take-home is judged on its tests and its README", "marta"),
                encounter(JOB_SEARCH, 3, "08:30", IN_PERSON, "Coffee with José: the referral")
                        .at("Granary Square, King's Cross")
                        .with("jose")
                        .topics("Acme Robotics", "referral")
                        .notes("He had already sent the referral before I could ask. Owe him a proper thank-you.")
                        .received(REFERRAL, "José's internal referral for the telemetry role", "jose")
                        .gave(RECOMMENDATION, "Tomasz, for Acme's BI backlog", "tomasz"),
                encounter(JOB_SEARCH, 1, "19:45", MESSAGE, "Lucía's heads-up")
                        .with("lucia")
                        .topics("Globex")
                        .received(INFORMATION, "Globex opens a Senior Data Engineer role next month", "lucia"));
    }
}
