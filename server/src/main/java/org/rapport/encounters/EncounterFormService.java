package org.rapport.encounters;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.rapport.api.WireValue;
import org.rapport.db.Keys;
import org.rapport.followups.FollowUpDraft;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpType;
import org.rapport.people.Kind;
import org.rapport.people.PersonDraft;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs an encounter from the browser form, where people are named rather than picked by id: a
 * known name is used, a new name is created once the member confirms it, namesakes must be told
 * apart. Everything happens in one transaction with the encounter itself.
 */
@Service
class EncounterFormService {
    private final EncounterService encounters;
    private final PersonService people;
    private final FollowUpService followUps;

    EncounterFormService(EncounterService encounters, PersonService people, FollowUpService followUps) {
        this.encounters = encounters;
        this.people = people;
        this.followUps = followUps;
    }

    /** What happened: the logged encounter, or the names that need the member's word first. */
    record Outcome(
            @Nullable Encounter logged, List<String> unknown, Map<String, Integer> namesakes, List<String> created) {
        boolean needsAnswer() {
            return logged == null;
        }
    }

    @Transactional
    public Outcome submit(CurrentMember me, EncounterForm form) {
        Kind kind = kind(form.getKind());
        Set<String> confirmed = new LinkedHashSet<>();
        Arrays.stream(form.getConfirmNew().split("\n"))
                .map(Keys::nameKey)
                .filter(s -> !s.isEmpty())
                .forEach(confirmed::add);

        Map<String, UUID> resolved = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, Integer> namesakes = new LinkedHashMap<>();
        List<String> named = new ArrayList<>(form.getParticipantNames());
        form.getGave().forEach(x -> named.add(x.getPerson()));
        form.getReceived().forEach(x -> named.add(x.getPerson()));
        for (String name : named) {
            String clean = name == null ? "" : name.strip();
            if (clean.isEmpty() || resolved.containsKey(Keys.nameKey(clean))) {
                continue;
            }
            List<UUID> ids = people.idsNamed(me, clean);
            if (ids.size() == 1) {
                resolved.put(Keys.nameKey(clean), ids.get(0));
            } else if (ids.size() > 1) {
                namesakes.put(clean, ids.size());
            } else if (!confirmed.contains(Keys.nameKey(clean))) {
                unknown.add(clean);
            }
        }
        if (!unknown.isEmpty() || !namesakes.isEmpty()) {
            return new Outcome(null, unknown, namesakes, List.of());
        }
        List<String> created = new ArrayList<>();
        for (String name : named) {
            String clean = name == null ? "" : name.strip();
            if (!clean.isEmpty() && !resolved.containsKey(Keys.nameKey(clean))) {
                var draft = PersonDraft.named(clean, null, EnumSet.of(kind));
                resolved.put(Keys.nameKey(clean), people.create(me, draft).id());
                created.add(clean);
            }
        }

        Set<UUID> participants = new LinkedHashSet<>(form.getParticipantIds());
        form.getParticipantNames().stream()
                .filter(n -> n != null && !n.isBlank())
                .forEach(n -> participants.add(resolved.get(Keys.nameKey(n.strip()))));
        var draft = new EncounterDraft(
                form.getOccurredAt() == null
                        ? null
                        : form.getOccurredAt().atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                WireValue.param(Channel.class, "channel", form.getChannel()),
                kind,
                form.getTitle(),
                null,
                form.getNotes().isBlank() ? null : form.getNotes(),
                Arrays.stream(form.getTopics().split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList(),
                List.copyOf(participants),
                exchanges("gave", form.getGave(), resolved),
                exchanges("received", form.getReceived(), resolved));
        Encounter logged = encounters.log(me, draft);
        if (!form.getFollowUpType().isBlank()) {
            followUps.create(
                    me,
                    new FollowUpDraft(
                            logged.participantIds().isEmpty()
                                    ? null
                                    : logged.participantIds().get(0),
                            logged.id(),
                            WireValue.param(FollowUpType.class, "followUpType", form.getFollowUpType()),
                            form.getFollowUpTitle(),
                            null,
                            form.getFollowUpDue(),
                            null));
        }
        return new Outcome(logged, List.of(), Map.of(), created);
    }

    private static Kind kind(String wire) {
        Kind kind = WireValue.param(Kind.class, "kind", wire);
        if (kind == null) {
            throw ValidationException.of("kind", "is required: one of " + WireValue.allowed(Kind.class));
        }
        return kind;
    }

    private static List<EncounterDraft.ExchangeDraft> exchanges(
            String field, List<EncounterForm.ExchangeRow> rows, Map<String, UUID> resolved) {
        List<EncounterDraft.ExchangeDraft> drafts = new ArrayList<>();
        for (EncounterForm.ExchangeRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            UUID person = row.getPerson().isBlank()
                    ? null
                    : resolved.get(Keys.nameKey(row.getPerson().strip()));
            // Left blank, the type is read from the words, as quick capture does ("intro to …").
            ExchangeType type = row.getType().isBlank()
                    ? ExchangeType.fromWire(org.rapport.capture.ExchangeType.infer(row.getDescription())
                            .wire())
                    : WireValue.param(
                            ExchangeType.class, field + ".type", row.getType().toLowerCase(Locale.ROOT));
            drafts.add(new EncounterDraft.ExchangeDraft(type, row.getDescription(), person));
        }
        return drafts;
    }
}
