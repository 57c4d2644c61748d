package org.rapport.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One kind of node-local state per member (their strengths, their suggestions), kept current by
 * the {@link ChangeStream}: each change is noted in the states of its workspace's members, who work
 * out on their next use what it touched. At most {@code max} members are kept, the least recently
 * used going first; a state dropped is read again when next needed.
 */
public final class MemberStates<T> {
    private record Key(WorkspaceId workspace, UUID member) {}

    private final Supplier<T> fresh;
    private final BiConsumer<T, ChangeStream.Change> note;
    private final Map<Key, T> states;

    public MemberStates(int max, ChangeStream changes, Supplier<T> fresh, BiConsumer<T, ChangeStream.Change> note) {
        this.fresh = fresh;
        this.note = note;
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, T> eldest) {
                return size() > max;
            }
        };
        changes.subscribe(this::noted);
    }

    /** The member's state, made empty when they have none yet. */
    public T of(WorkspaceId workspace, UUID member) {
        synchronized (states) {
            return states.computeIfAbsent(new Key(workspace, member), k -> fresh.get());
        }
    }

    /** The member's state if they have one. */
    public @Nullable T find(WorkspaceId workspace, UUID member) {
        synchronized (states) {
            return states.get(new Key(workspace, member));
        }
    }

    private void noted(List<ChangeStream.Change> changed) {
        List<Map.Entry<Key, T>> held;
        synchronized (states) {
            held = new ArrayList<>(states.entrySet());
        }
        for (ChangeStream.Change c : changed) {
            for (var entry : held) {
                if (entry.getKey().workspace().value().equals(c.workspace())) {
                    note.accept(entry.getValue(), c);
                }
            }
        }
    }
}
