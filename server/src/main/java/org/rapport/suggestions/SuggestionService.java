package org.rapport.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.encounters.EncounterTallies;
import org.rapport.encounters.ExchangeTally;
import org.rapport.followups.ThankYous;
import org.rapport.people.KeepInTouchService;
import org.rapport.people.Kind;
import org.rapport.people.PersonService;
import org.rapport.people.Tie;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's suggestions, computed from a handful of aggregate queries (ties, contact histories,
 * give and take, thanks, dismissals) whatever the size of the network, never one query per person.
 */
@Service
public class SuggestionService {
    public static final int MAX_DISMISS_DAYS = 365;

    private final KeepInTouchService keepInTouch;
    private final EncounterTallies tallies;
    private final ThankYous thankYous;
    private final PersonService people;
    private final DismissalRepository dismissals;
    private final ChangeLog changeLog;
    private final TieStrength strength;
    private final SuggestionCache cache;

    SuggestionService(
            KeepInTouchService keepInTouch,
            EncounterTallies tallies,
            ThankYous thankYous,
            PersonService people,
            DismissalRepository dismissals,
            ChangeLog changeLog,
            ObjectProvider<TieStrength> strength,
            SuggestionCache cache) {
        this.cache = cache;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
        this.keepInTouch = keepInTouch;
        this.tallies = tallies;
        this.thankYous = thankYous;
        this.people = people;
        this.dismissals = dismissals;
        this.changeLog = changeLog;
    }

    public record Query(@Nullable Kind kind, @Nullable SuggestionType type) {}

    public PageResponse<Suggestion> list(CurrentMember me, Query query, PageRequest page) {
        List<Suggestion> all = all(me, query.kind()).stream()
                .filter(s -> query.type() == null || s.type() == query.type())
                .toList();
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new PageResponse<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    /** Every suggestion not put aside, in their fixed order (type, since, name, id). */
    public List<Suggestion> all(CurrentMember me, @Nullable Kind kind) {
        LocalDate today = LocalDate.now();
        return cache.get(
                me.workspace(),
                me.memberId(),
                kind,
                changeLog.position(me.workspace()),
                today,
                System.currentTimeMillis(),
                () -> compute(me, kind, today));
    }

    private List<Suggestion> compute(CurrentMember me, @Nullable Kind kind, LocalDate today) {
        List<Tie> ties = keepInTouch.ties(me, kind);
        List<ExchangeTally> exchanges = tallies.exchanges(me, today.getYear());
        var inputs = new SuggestionRules.Inputs(
                ties, tallies.histories(me), exchanges, thankYous.byPerson(me), kind != null);
        Set<UUID> untied = new HashSet<>();
        exchanges.forEach(x -> untied.add(x.personId()));
        ties.forEach(t -> untied.remove(t.personId()));
        Map<UUID, String> names = kind == null ? untiedNames(me, untied) : Map.of();
        List<Suggestion> suggested =
                new SuggestionRules(today, Instant.now(), ZoneId.systemDefault()).suggest(inputs, names::get);
        Map<UUID, List<Dismissal>> aside = dismissals.active(me, today);
        if (aside.isEmpty()) {
            return suggested;
        }
        return suggested.stream()
                .filter(s ->
                        aside.getOrDefault(s.personId(), List.of()).stream().noneMatch(d -> d.hides(s, today)))
                .toList();
    }

    /**
     * Relationship strength (0–100) of the people of some suggestions, from the network module: shown
     * beside them, so a reconnect suggestion says how strong the tie still is. Asked for the shown
     * page only; never part of the order, which must not move as strength decays.
     */
    public Map<UUID, Integer> strengths(CurrentMember me, List<Suggestion> shown) {
        Set<UUID> ids = new HashSet<>();
        shown.forEach(s -> ids.add(s.personId()));
        Map<UUID, Integer> scores = new java.util.HashMap<>();
        strength.scores(me, ids).forEach((id, score) -> scores.put(id, score.score()));
        return scores;
    }

    /** Names of live people who gave or received but were never met (no last contact). */
    private Map<UUID, String> untiedNames(CurrentMember me, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<UUID> live = people.existing(me.workspace(), ids);
        return people.displayNames(me.workspace(), live);
    }

    /** Puts a family of suggestions about a person aside for {@code days} (snooze or dismiss). */
    @Transactional
    public Dismissal dismiss(CurrentMember me, UUID personId, SuggestionType.Family family, int days) {
        if (days < 1 || days > MAX_DISMISS_DAYS) {
            throw ValidationException.of("days", "must be between 1 and " + MAX_DISMISS_DAYS);
        }
        if (people.existing(me.workspace(), List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        LocalDate today = LocalDate.now();
        dismissals.forgetExpired(me, today);
        var dismissal = new Dismissal(personId, family, today.plusDays(days), Instant.now());
        dismissals.save(me, dismissal);
        changeLog.record(
                me.workspace().value(), "suggestion_dismissal", personId, ChangeLog.Operation.UPDATE, me.memberId());
        return dismissal;
    }
}
