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
            followUps.clear();
        }
    }

    private record Answer(long version, LocalDate day, Instant validUntil, List<Suggestion> suggestions) {}

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
                case "encounter" -> pending.encounters.add(change.entityId());
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
        if (!loaded || changed.overflow) {
            reload(me, sources);
        } else if (changed.size() > 0) {
            patch(me, sources, changed);
        }
        if (changed.dismissals || !today.equals(dismissalsOn)) {
            dismissals = sources.dismissals(me, today);
            dismissalsOn = today;
            version++;
        }
        Answer known = answers.get(Optional.ofNullable(kind));
        if (known != null
                && known.version() == version
                && known.day().equals(today)
                && now.isBefore(known.validUntil())) {
            return known.suggestions();
        }
        var rules = new SuggestionRules(today, now, zone);
        List<Suggestion> computed = List.copyOf(compute(rules, kind, today));
        Instant validUntil = rules.nextChange(exchanges.values());
        answers.put(Optional.ofNullable(kind), new Answer(version, today, validUntil, computed));
        return computed;
    }

    private List<Suggestion> compute(SuggestionRules rules, @Nullable Kind kind, LocalDate today) {
        List<Tie> tied = new ArrayList<>(ties.size());
        for (Tie tie : ties.values()) {
            if (kind == null || tie.kinds().contains(kind)) {
                tied.add(tie);
            }
        }
        List<ExchangeTally> all = new ArrayList<>();
        exchanges.values().forEach(all::addAll);
        var inputs = new SuggestionRules.Inputs(tied, histories, all, thanks, kind != null);
        List<Suggestion> suggested = rules.suggest(inputs, kind == null ? untiedNames::get : id -> null);
        if (dismissals.isEmpty()) {
            return suggested;
        }
        return suggested.stream()
                .filter(s -> dismissals.getOrDefault(s.personId(), List.of()).stream()
                        .noneMatch(d -> d.hides(s, today)))
                .toList();
    }

    private Pending drain() {
        synchronized (pending) {
            Pending taken = new Pending();
            taken.people.addAll(pending.people);
            taken.peopleGone.addAll(pending.peopleGone);
            taken.encounters.addAll(pending.encounters);
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

    private void patch(CurrentMember me, SuggestionSources sources, Pending changed) {
        Set<UUID> again = new HashSet<>(changed.people);
        Set<UUID> touchedEncounters = new HashSet<>(changed.encounters);
        // A person deleted for good leaves their encounters: an unnamed exchange of one left with a
        // single participant now belongs to that participant.
        for (UUID gone : changed.peopleGone) {
            long[] in = encounters.get(gone);
            for (int i = 0; in != null && i < in.length; i += 2) {
                touchedEncounters.add(new UUID(in[i], in[i + 1]));
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
        if (!touchedEncounters.isEmpty()) {
            if (touchedEncounters.size() > RELOAD_ABOVE) {
                reload(me, sources);
                return;
            }
            again.addAll(sources.peopleIn(me, touchedEncounters));
            // People taken out of an encounter, or whose encounter was deleted, are no longer in it:
            // what is held still names it.
            encounters.forEach((person, in) -> {
                for (int i = 0; i < in.length; i += 2) {
                    if (touchedEncounters.contains(new UUID(in[i], in[i + 1]))) {
                        again.add(person);
                        return;
                    }
                }
            });
        }
        if (again.size() > RELOAD_ABOVE) {
            reload(me, sources);
            return;
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
