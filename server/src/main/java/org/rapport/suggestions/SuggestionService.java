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
import org.rapport.db.ChangeStream;
import org.rapport.db.MemberStates;
import org.rapport.people.Kind;
import org.rapport.people.PersonService;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's suggestions. Their inputs (ties, contact histories, give and take, thanks,
 * dismissals) are read in a handful of aggregate queries once, then kept in memory per member
 * ({@link MemberSuggestions}) and read again only for the people a change touched, so the answer
 * after logging an encounter or a snooze costs a few small queries, not a pass over every
 * encounter. Node-local and derived: losing it costs one read of the workspace.
 */
@Service
public class SuggestionService {
    public static final int MAX_DISMISS_DAYS = 365;
    /** Members whose inputs are kept; the least recently used one is let go beyond this. */
    static final int MAX_MEMBERS = 32;

    private final SuggestionSources sources;
    private final PersonService people;
    private final DismissalRepository dismissals;
    private final ChangeLog changeLog;
    private final ChangeStream changes;
    private final TieStrength strength;
    private final MemberStates<MemberSuggestions> members;

    SuggestionService(
            SuggestionSources sources,
            PersonService people,
            DismissalRepository dismissals,
            ChangeLog changeLog,
            ChangeStream changes,
            ObjectProvider<TieStrength> strength) {
        this.sources = sources;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
        this.people = people;
        this.dismissals = dismissals;
        this.changeLog = changeLog;
        this.changes = changes;
        this.members = new MemberStates<>(MAX_MEMBERS, changes, MemberSuggestions::new, MemberSuggestions::note);
    }

    public record Query(@Nullable Kind kind, @Nullable SuggestionType type) {}

    public PageResponse<Suggestion> list(CurrentMember me, Query query, PageRequest page) {
        List<Suggestion> all = all(me, query.kind());
        if (query.type() != null) {
            all = all.stream().filter(s -> s.type() == query.type()).toList();
        }
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new PageResponse<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    /** Every suggestion not put aside, in their fixed order (type, since, name, id). */
    public List<Suggestion> all(CurrentMember me, @Nullable Kind kind) {
        changes.catchUp();
        return members.of(me.workspace(), me.memberId())
                .suggestions(me, sources, kind, LocalDate.now(), Instant.now(), ZoneId.systemDefault());
    }

    /**
     * Every suggestion computed afresh from the database, nothing kept: what {@link #all} must always
     * equal. For tests and for checking a node by hand.
     */
    List<Suggestion> computedAfresh(CurrentMember me, @Nullable Kind kind) {
        return new MemberSuggestions()
                .suggestions(me, sources, kind, LocalDate.now(), Instant.now(), ZoneId.systemDefault());
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
