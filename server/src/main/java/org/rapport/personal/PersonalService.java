package org.rapport.personal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.rapport.connections.Connection;
import org.rapport.connections.ConnectionService;
import org.rapport.encounters.EncounterStats;
import org.rapport.encounters.ExchangeType;
import org.rapport.followups.FollowUp;
import org.rapport.followups.FollowUpDraft;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.followups.FollowUpType;
import org.rapport.people.Birthdays;
import org.rapport.people.PersonService;
import org.rapport.search.SearchService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Favours, birthdays and who could help a friend: the personal side of networking. */
@Service
public class PersonalService {
    static final int HELPERS = 10;

    private final SearchService search;
    private final ConnectionService connections;
    private final PersonService people;
    private final FollowUpService followUps;
    private final EncounterStats exchanges;
    private final Birthdays birthdays;
    private final BirthdayFollowUps birthdayFollowUps;
    private final Clock clock;

    PersonalService(
            SearchService search,
            ConnectionService connections,
            PersonService people,
            FollowUpService followUps,
            EncounterStats exchanges,
            Birthdays birthdays,
            BirthdayFollowUps birthdayFollowUps,
            Clock clock) {
        this.search = search;
        this.connections = connections;
        this.people = people;
        this.followUps = followUps;
        this.exchanges = exchanges;
        this.birthdays = birthdays;
        this.birthdayFollowUps = birthdayFollowUps;
        this.clock = clock;
    }

    /** Someone who could help, and why: what they know about, or that they already know the friend. */
    public record Helper(UUID personId, String displayName, List<String> reasons) {}

    public record Favour(
            boolean given,
            ExchangeType type,
            @Nullable String description,
            @Nullable UUID personId,
            @Nullable String personName,
            LocalDate on) {}

    /** People who know about the need (search), then the friend's own connections; never the friend. */
    public List<Helper> whoCouldHelp(CurrentMember me, @Nullable UUID friendId, String need) {
        if (need.isBlank()) {
            throw ValidationException.of("need", "is required: what your friend needs");
        }
        if (friendId != null) {
            people.get(me, friendId);
        }
        Map<UUID, Helper> helpers = new LinkedHashMap<>();
        for (var expert : search.experts(me, need, HELPERS)) {
            if (!expert.personId().equals(friendId)) {
                helpers.put(expert.personId(), new Helper(expert.personId(), expert.displayName(), expert.reasons()));
            }
        }
        if (friendId != null) {
            String friend =
                    people.displayNames(me.workspace(), List.of(friendId)).getOrDefault(friendId, "them");
            List<Connection> ties = connections.of(me, friendId);
            Set<UUID> others = new HashSet<>();
            ties.forEach(c -> others.add(c.otherThan(friendId)));
            Map<UUID, String> names = people.displayNames(me.workspace(), others);
            for (Connection c : ties) {
                UUID other = c.otherThan(friendId);
                String why = "already knows " + friend + " (" + c.type().wire().replace('_', ' ') + ")";
                Helper known = helpers.get(other);
                List<String> reasons = new ArrayList<>(known == null ? List.of() : known.reasons());
                reasons.add(why);
                helpers.put(other, new Helper(other, names.getOrDefault(other, "?"), reasons));
            }
        }
        return List.copyOf(helpers.values());
    }

    /** An introduce follow-up: put the friend in touch with the helper, due today. */
    @Transactional
    public FollowUp planIntroduction(CurrentMember me, UUID friendId, UUID helperId, @Nullable String need) {
        Map<UUID, String> names = people.displayNames(me.workspace(), List.of(friendId, helperId));
        if (names.size() < 2) {
            throw ValidationException.of(
                    names.containsKey(friendId) ? "helperId" : "friendId", "is not a person in this workspace");
        }
        String title = "Introduce " + names.get(friendId) + " to " + names.get(helperId)
                + (need == null || need.isBlank() ? "" : " about " + need.strip());
        return followUps.create(
                me,
                new FollowUpDraft(
                        friendId,
                        null,
                        FollowUpType.INTRODUCE,
                        title.length() > 300 ? title.substring(0, 299) + "…" : title,
                        null,
                        LocalDate.now(clock),
                        FollowUpStatus.OPEN));
    }

    /** Favours and recommendations, given and received, newest first. */
    public List<Favour> favours(CurrentMember me, int limit) {
        var items = exchanges.latestExchanges(me, List.of(ExchangeType.FAVOR, ExchangeType.RECOMMENDATION), limit);
        Set<UUID> ids = new HashSet<>();
        items.forEach(i -> {
            if (i.personId() != null) {
                ids.add(i.personId());
            }
        });
        Map<UUID, String> names = people.displayNames(me.workspace(), ids);
        return items.stream()
                .map(i -> new Favour(
                        i.given(),
                        i.type(),
                        i.description(),
                        i.personId(),
                        i.personId() == null ? null : names.get(i.personId()),
                        i.occurredAt().atZone(clock.getZone()).toLocalDate()))
                .toList();
    }

    public List<Birthdays.Upcoming> upcomingBirthdays(CurrentMember me, int days) {
        return birthdays.within(me, LocalDate.now(clock), days);
    }

    /**
     * A follow-up on each birthday in the next {@code days} days; none twice for the same birthday
     * (one {@link BirthdayFollowUps} created by itself counts).
     */
    @Transactional
    public int birthdayFollowUps(CurrentMember me, int days) {
        int created = 0;
        for (var b : upcomingBirthdays(me, days)) {
            String title = "Wish " + b.displayName() + " a happy birthday";
            if (!birthdayFollowUps.hasOne(me, b)) {
                followUps.create(
                        me,
                        new FollowUpDraft(
                                b.personId(), null, FollowUpType.CHECK_IN, title, null, b.on(), FollowUpStatus.OPEN));
                created++;
            }
        }
        return created;
    }
}
