package org.rapport.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeStream;
import org.rapport.encounters.ContactHistory;
import org.rapport.encounters.ExchangeTally;
import org.rapport.followups.ThankYous;
import org.rapport.people.Kind;
import org.rapport.people.Tie;

/**
 * One member's suggestion inputs kept in memory: read whole once, then only the people a change
 * touched are read again. The rules run over them on each use (CPU only), so everything that
 * depends on the day or the hour stays right; their answer is remembered only until the inputs
 * change, the day changes or a thank-you's grace or window runs out. Noting a change costs
 * nothing: whom it touched is worked out on the next use.
 */
final class MemberSuggestions {
    /** More people or encounters touched than this (imports): reading everything again is cheaper. */
    static final int RELOAD_ABOVE = 2000;

    /** What the change log said since the last use; guarded by itself, never held during a query. */
    private static final class Pending {
        final Set<UUID> people = new HashSet<>();
        final Set<UUID> peopleGone = new HashSet<>();
        final Set<UUID> encounters = new HashSet<>();
        /** Encounters changed or deleted (not just created): the held inputs may name people no longer in them. */
        final Set<UUID> encountersBefore = new HashSet<>();

        final Set<UUID> followUps = new HashSet<>();
        boolean dismissals;
        /** Set when too much changed, or a workspace-wide setting did: everything is read again. */
        boolean overflow;

        int size() {
            return overflow ? Integer.MAX_VALUE : people.size() + encounters.size() + followUps.size();
        }

        boolean isEmpty() {
            return !overflow && !dismissals && size() == 0;
        }

        void clear() {
            people.clear();
            peopleGone.clear();
            encounters.clear();
            encountersBefore.clear();
            followUps.clear();
        }
    }

    /**
     * What the rules said ({@code suggested}) for one version of the inputs, and what is shown of it
     * for one version of the dismissals: a snooze only filters again, the rules do not run.
     */
    private record Answer(
            long version,
            long dismissed,
            LocalDate day,
            Instant validUntil,
            List<Suggestion> suggested,
            List<Suggestion> shown) {}

    private final Pending pending = new Pending();
    private boolean loaded;
    private final Map<UUID, Tie> ties = new HashMap<>();
    private final Map<UUID, ContactHistory> histories = new HashMap<>();
    private final Map<UUID, List<ExchangeTally>> exchanges = new HashMap<>();
    private final Map<UUID, ThankYous.Thanks> thanks = new HashMap<>();
    private final Map<UUID, String> untiedNames = new HashMap<>();
    /** The member's encounters each person is in, as (most, least significant bits) pairs: compact at 300,000. */
    private final Map<UUID, long[]> encounters = new HashMap<>();
    /** Whose each thank-you follow-up is: a deleted or reassigned one still says whom it concerned. */
    private Map<UUID, UUID> thankYouPeople = new HashMap<>();

    private Map<UUID, List<Dismissal>> dismissals = Map.of();
    private @Nullable LocalDate dismissalsOn;
    /** Moves whenever the inputs do; remembered answers are for one version. */
    private long version;
    /** Moves whenever the dismissals are read again. */
    private long dismissed;

    private final Map<Optional<Kind>, Answer> answers = new HashMap<>();

    void note(ChangeStream.Change change) {
        synchronized (pending) {
            switch (change.entity()) {
                case "person" -> {
                    pending.people.add(change.entityId());
                    if ("delete".equals(change.operation())) {
                        pending.peopleGone.add(change.entityId());
                    }
                }
                case "relationship" -> pending.people.add(change.entityId());
                case "encounter" -> {
                    pending.encounters.add(change.entityId());
                    if (!"create".equals(change.operation())) {
                        pending.encountersBefore.add(change.entityId());
                    }
                }
                case "follow_up" -> pending.followUps.add(change.entityId());
                case "suggestion_dismissal" -> pending.dismissals = true;
                // Every tie's effective cadence may follow the defaults.
                case "cadence_defaults" -> pending.overflow = true;
                default -> {}
            }
            if (pending.size() > RELOAD_ABOVE) {
                pending.clear();
                pending.overflow = true;
            }
        }
    }

    /** The member's suggestions (not put aside), brought up to date with every change noted before this call. */
    synchronized List<Suggestion> suggestions(
            CurrentMember me,
            SuggestionSources sources,
            @Nullable Kind kind,
            LocalDate today,
            Instant now,
            ZoneId zone) {
        Pending changed = drain();
        long before = version;
        @Nullable Set<UUID> moved = null;
        if (!loaded || changed.overflow) {
            reload(me, sources);
        } else if (changed.size() > 0) {
            moved = patch(me, sources, changed);
        }
        if (changed.dismissals || !today.equals(dismissalsOn)) {
            dismissals = sources.dismissals(me, today);
            dismissalsOn = today;
            dismissed++;
        }
        if (moved != null) {
            patchAnswers(before, moved, today, now, zone);
        }
        Answer known = answers.get(Optional.ofNullable(kind));
        if (known == null
                || known.version() != version
                || !known.day().equals(today)
                || !now.isBefore(known.validUntil())) {
            var rules = new SuggestionRules(today, now, zone);
            List<Suggestion> suggested = compute(rules, kind, null);
            known = new Answer(version, -1, today, rules.nextChange(exchanges.values()), suggested, suggested);
        }
        if (known.dismissed() != dismissed) {
            known = new Answer(
                    known.version(),
                    dismissed,
                    known.day(),
                    known.validUntil(),
                    known.suggested(),
                    shown(known.suggested(), today));
            answers.put(Optional.ofNullable(kind), known);
        }
        return known.shown();
    }

    private List<Suggestion> shown(List<Suggestion> suggested, LocalDate today) {
        if (dismissals.isEmpty()) {
            return suggested;
        }
        return suggested.stream()
                .filter(s -> dismissals.getOrDefault(s.personId(), List.of()).stream()
                        .noneMatch(d -> d.hides(s, today)))
                .toList();
    }

    /**
     * Brings the answers that were current before the inputs of {@code moved} were read again up
     * to date by running the rules for those people only: the rules treat each person on their own,
     * and until an answer's {@code validUntil} (or the next day) the others' suggestions stand as
     * they were. Other answers are dropped, to be computed afresh when asked for.
     */
    private void patchAnswers(long before, Set<UUID> moved, LocalDate today, Instant now, ZoneId zone) {
        var rules = new SuggestionRules(today, now, zone);
        List<List<ExchangeTally>> theirExchanges = new ArrayList<>();
        for (UUID person : moved) {
            List<ExchangeTally> tallies = exchanges.get(person);
            if (tallies != null) {
                theirExchanges.add(tallies);
            }
        }
        Instant theirNextChange = rules.nextChange(theirExchanges);
        var answered = answers.entrySet().iterator();
        while (answered.hasNext()) {
            var entry = answered.next();
            Answer a = entry.getValue();
            if (a.version() != before || !a.day().equals(today) || !now.isBefore(a.validUntil())) {
                answered.remove();
                continue;
            }
            List<Suggestion> theirs = compute(rules, entry.getKey().orElse(null), moved);
            boolean sameDismissals = a.dismissed() == dismissed;
            entry.setValue(new Answer(
                    version,
                    sameDismissals ? dismissed : -1,
                    today,
                    theirNextChange.isBefore(a.validUntil()) ? theirNextChange : a.validUntil(),
                    SuggestionOrder.replaced(a.suggested(), moved, theirs),
                    sameDismissals ? SuggestionOrder.replaced(a.shown(), moved, shown(theirs, today)) : List.of()));
        }
    }

    /** What the rules say for everyone, or for some people only ({@code only}). */
    private List<Suggestion> compute(SuggestionRules rules, @Nullable Kind kind, @Nullable Set<UUID> only) {
        Iterable<UUID> people = only == null ? ties.keySet() : only;
        List<Tie> tied = new ArrayList<>(only == null ? ties.size() : only.size());
        for (UUID person : people) {
            Tie tie = ties.get(person);
            if (tie != null && (kind == null || tie.kinds().contains(kind))) {
                tied.add(tie);
            }
        }
        List<ExchangeTally> all = new ArrayList<>();
        if (only == null) {
            exchanges.values().forEach(all::addAll);
        } else {
            for (UUID person : only) {
                all.addAll(exchanges.getOrDefault(person, List.of()));
            }
        }
        var inputs = new SuggestionRules.Inputs(tied, histories, all, thanks, kind != null);
        return List.copyOf(rules.suggest(inputs, kind == null ? untiedNames::get : id -> null));
    }

    private Pending drain() {
        synchronized (pending) {
            Pending taken = new Pending();
            taken.people.addAll(pending.people);
            taken.peopleGone.addAll(pending.peopleGone);
            taken.encounters.addAll(pending.encounters);
            taken.encountersBefore.addAll(pending.encountersBefore);
            taken.followUps.addAll(pending.followUps);
            taken.dismissals = pending.dismissals;
            taken.overflow = pending.overflow;
            pending.clear();
            pending.dismissals = false;
            pending.overflow = false;
            return taken;
        }
    }

    private void reload(CurrentMember me, SuggestionSources sources) {
        clearPeople();
        SuggestionSources.Read read = sources.everyone(me);
        put(read);
        thankYouPeople = new HashMap<>(sources.thankYouPeople(me, null));
        loaded = true;
        version++;
    }

    /** Reads again the inputs of the people a change touched: those people, or null when all was read again. */
    private @Nullable Set<UUID> patch(CurrentMember me, SuggestionSources sources, Pending changed) {
        Set<UUID> again = new HashSet<>(changed.people);
        Set<UUID> touchedEncounters = new HashSet<>(changed.encounters);
        Set<UUID> heldEncounters = new HashSet<>(changed.encountersBefore);
        // A person deleted for good leaves their encounters: an unnamed exchange of one left with a
        // single participant now belongs to that participant.
        for (UUID gone : changed.peopleGone) {
            long[] in = encounters.get(gone);
            for (int i = 0; in != null && i < in.length; i += 2) {
                heldEncounters.add(new UUID(in[i], in[i + 1]));
            }
        }
        if (!changed.followUps.isEmpty()) {
            for (UUID followUp : changed.followUps) {
                UUID before = thankYouPeople.remove(followUp);
                if (before != null) {
                    again.add(before);
                }
            }
            Map<UUID, UUID> now = sources.thankYouPeople(me, changed.followUps);
            thankYouPeople.putAll(now);
            again.addAll(now.values());
        }
        touchedEncounters.addAll(heldEncounters);
        if (touchedEncounters.size() > RELOAD_ABOVE) {
            reload(me, sources);
            return null;
        }
        if (!touchedEncounters.isEmpty()) {
            again.addAll(sources.peopleIn(me, touchedEncounters));
        }
        if (!heldEncounters.isEmpty()) {
            // People taken out of an encounter, or whose encounter was deleted, are no longer in it:
            // what is held still names it. A new encounter is in nobody's held inputs yet.
            encounters.forEach((person, in) -> {
                for (int i = 0; i < in.length; i += 2) {
                    if (heldEncounters.contains(new UUID(in[i], in[i + 1]))) {
                        again.add(person);
                        return;
                    }
                }
            });
        }
        if (again.size() > RELOAD_ABOVE) {
            reload(me, sources);
            return null;
        }
        if (!again.isEmpty()) {
            SuggestionSources.Read read = sources.people(me, again);
            for (UUID person : again) {
                ties.remove(person);
                histories.remove(person);
                exchanges.remove(person);
                thanks.remove(person);
                untiedNames.remove(person);
                encounters.remove(person);
            }
            put(read);
        }
        version++;
        return again;
    }

    private void put(SuggestionSources.Read read) {
        ties.putAll(read.ties());
        histories.putAll(read.histories());
        exchanges.putAll(read.exchanges());
        thanks.putAll(read.thanks());
        untiedNames.putAll(read.untiedNames());
        read.encounters().forEach((person, ids) -> {
            long[] packed = new long[ids.size() * 2];
            for (int i = 0; i < ids.size(); i++) {
                packed[2 * i] = ids.get(i).getMostSignificantBits();
                packed[2 * i + 1] = ids.get(i).getLeastSignificantBits();
            }
            encounters.put(person, packed);
        });
    }

    private void clearPeople() {
        ties.clear();
        histories.clear();
        exchanges.clear();
        thanks.clear();
        untiedNames.clear();
        encounters.clear();
    }
}
