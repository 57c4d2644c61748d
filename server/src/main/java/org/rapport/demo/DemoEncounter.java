package org.rapport.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.encounters.Channel;
import org.rapport.encounters.EncounterDraft;
import org.rapport.encounters.EncounterDraft.ExchangeDraft;
import org.rapport.encounters.ExchangeType;
import org.rapport.people.Kind;

/**
 * One encounter of the demo network, dated in days before {@code today} at a London wall-clock
 * time, so the same {@code today} always gives the same timeline.
 */
final class DemoEncounter {
    /** The member lives in London; a real zone gives the offsets a real diary would have. */
    static final ZoneId HOME = ZoneId.of("Europe/London");

    private record DemoExchange(
            ExchangeType type, String description, @Nullable String personKey) {}

    final int daysAgo;
    private final LocalTime time;
    private final Kind kind;
    private final Channel channel;
    private final String title;
    private final List<String> participants = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<DemoExchange> gave = new ArrayList<>();
    private final List<DemoExchange> received = new ArrayList<>();
    private @Nullable String location;
    private @Nullable String notes;

    private DemoEncounter(Kind kind, int daysAgo, String time, Channel channel, String title) {
        this.kind = kind;
        this.daysAgo = daysAgo;
        this.time = LocalTime.parse(time);
        this.channel = channel;
        this.title = title;
    }

    static DemoEncounter encounter(Kind kind, int daysAgo, String time, Channel channel, String title) {
        return new DemoEncounter(kind, daysAgo, time, channel, title);
    }

    DemoEncounter with(String... personKeys) {
        participants.addAll(List.of(personKeys));
        return this;
    }

    DemoEncounter at(String place) {
        this.location = place;
        return this;
    }

    DemoEncounter topics(String... names) {
        topics.addAll(List.of(names));
        return this;
    }

    DemoEncounter notes(String text) {
        this.notes = text;
        return this;
    }

    DemoEncounter gave(ExchangeType type, String description, @Nullable String personKey) {
        gave.add(new DemoExchange(type, description, personKey));
        return this;
    }

    DemoEncounter received(ExchangeType type, String description, String personKey) {
        received.add(new DemoExchange(type, description, personKey));
        return this;
    }

    EncounterDraft draft(LocalDate today, Map<String, UUID> ids) {
        return new EncounterDraft(
                today.minusDays(daysAgo).atTime(time).atZone(HOME).toOffsetDateTime(),
                channel,
                kind,
                title,
                location,
                notes,
                topics,
                participants.stream().map(k -> id(ids, k)).toList(),
                exchanges(gave, ids),
                exchanges(received, ids));
    }

    private static List<ExchangeDraft> exchanges(List<DemoExchange> exchanges, Map<String, UUID> ids) {
        return exchanges.stream()
                .map(x -> new ExchangeDraft(
                        x.type(), x.description(), x.personKey() == null ? null : id(ids, x.personKey())))
                .toList();
    }

    static UUID id(Map<String, UUID> ids, String key) {
        return Objects.requireNonNull(ids.get(key), () -> "no demo person " + key);
    }
}
