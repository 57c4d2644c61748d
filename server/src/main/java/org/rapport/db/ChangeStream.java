package org.rapport.db;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * This node's one reader of the change log for in-memory caches (the network graphs, strengths,
 * suggestions): each poll's changes go to every subscriber, so none misses what another polled,
 * and the log is read once however many caches there are. Subscribers take their own locks
 * inside; they never call back into this class while holding one. Search keeps its own durable
 * cursor, because its index outlives the process.
 */
@Component
public class ChangeStream {
    /** One row of the change log. */
    public record Change(
            long seq,
            UUID workspace,
            String entity,
            UUID entityId,
            String operation,
            @Nullable UUID member) {}

    private final ChangeFeed feed;
    private final List<Consumer<List<Change>>> subscribers = new CopyOnWriteArrayList<>();

    ChangeStream(ChangeFeed feed) {
        this.feed = feed;
    }

    public void subscribe(Consumer<List<Change>> subscriber) {
        subscribers.add(subscriber);
    }

    /** Hands everything committed before this call to the subscribers. */
    public synchronized void catchUp() {
        List<Change> changes = feed.poll();
        if (!changes.isEmpty()) {
            subscribers.forEach(s -> s.accept(changes));
        }
    }
}
