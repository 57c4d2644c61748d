package org.rapport.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.api.PageRequest;
import org.rapport.connections.ConnectionService;
import org.rapport.connections.ConnectionSource;
import org.rapport.encounters.Encounter;
import org.rapport.encounters.EncounterService;
import org.rapport.followups.FollowUp;
import org.rapport.followups.FollowUpDraft;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.organizations.OrganizationService;
import org.rapport.people.PersonFilter;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo network into an empty workspace: a data engineer's job search, consulting side
 * business, conferences, neighbours and friends. Everything is written through the feature
 * services, so the demo obeys the same rules (last contact, thank-yous) as real data.
 */
@Service
public class DemoNetworkService {
    /** Thank-yous for things received more recently than this stay open, so Today has some to show. */
    static final int OPEN_THANK_YOU_DAYS = 3;

    private final PersonService people;
    private final OrganizationService organizations;
    private final EncounterService encounters;
    private final FollowUpService followUps;
    private final ConnectionService connections;

    DemoNetworkService(
            PersonService people,
            OrganizationService organizations,
            EncounterService encounters,
            FollowUpService followUps,
            ConnectionService connections) {
        this.people = people;
        this.organizations = organizations;
        this.encounters = encounters;
        this.followUps = followUps;
        this.connections = connections;
    }

    /**
     * Fills the member's workspace with the demo network, dated relative to {@code today}: the same
     * {@code today} always gives the same data. Refuses (409) a workspace that already has people.
     */
    @Transactional
    public DemoNetwork load(CurrentMember me, LocalDate today) {
        if (people.list(me, PersonFilter.ALL, PageRequest.of(0, 1)).total() > 0) {
            throw new ConflictException("The demo network loads only into an empty workspace; this one has people");
        }
        DemoOrganizations.all().forEach(o -> organizations.create(me, o));
        Map<String, UUID> ids = new HashMap<>();
        Stream.of(WorkPeople.all(), ClientPeople.all(), PersonalPeople.all(today))
                .flatMap(List::stream)
                .forEach(p ->
                        ids.put(p.key, people.create(me, p.draft(today, ids)).id()));
        logOldestFirst(me, today, ids);
        DemoTies.followUps().forEach(f -> followUps.create(me, f.draft(today, ids)));
        DemoTies.connections().forEach(c -> connections.connect(me, c.draft(ids), ConnectionSource.MANUAL));
        return counts(me);
    }

    /**
     * Oldest first, like a real diary, and each older encounter's automatic thank-yous marked done
     * right away: Today stays readable, and a thank-you still open for a giver would stop the next
     * one for them from being created.
     */
    private void logOldestFirst(CurrentMember me, LocalDate today, Map<String, UUID> ids) {
        Stream.of(
                        ProfessionalEncounters.all(),
                        JobSearchEncounters.all(),
                        BusinessEncounters.all(),
                        PersonalEncounters.all())
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt((DemoEncounter e) -> e.daysAgo).reversed())
                .forEach(e -> {
                    Encounter logged = encounters.log(me, e.draft(today, ids));
                    if (e.daysAgo > OPEN_THANK_YOU_DAYS) {
                        markThankYousDone(me, logged.id());
                    }
                });
    }

    private void markThankYousDone(CurrentMember me, UUID encounterId) {
        var open = followUps.list(
                me, new FollowUpService.Query(FollowUpStatus.OPEN, null, null, encounterId), PageRequest.of(0, 50));
        for (FollowUp f : open.items()) {
            var done = new FollowUpDraft(
                    f.personId(), f.encounterId(), f.type(), f.title(), f.notes(), f.dueOn(), FollowUpStatus.DONE);
            followUps.update(me, f.id(), done, f.version());
        }
    }

    private DemoNetwork counts(CurrentMember me) {
        PageRequest one = PageRequest.of(0, 1);
        return new DemoNetwork(
                (int) people.list(me, PersonFilter.ALL, one).total(),
                (int) organizations.list(me, null, one).total(),
                (int) encounters
                        .list(me, new EncounterService.Query(null, null, null, null), one)
                        .total(),
                (int) followUps
                        .list(me, new FollowUpService.Query(null, null, null, null), one)
                        .total(),
                DemoTies.connections().size());
    }
}
