package org.rapport.network;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The network module's one reader of the change log on this node: each poll's changes go to every
 * subscriber (the graphs, the strength caches), so none of them misses what another polled.
 * Subscribers take their own locks inside; they never call back into this class while holding one.
 */
@Component
class NetworkChanges {
    private final ChangeFeed feed;
    private final List<Consumer<List<ChangeFeed.Change>>> subscribers = new CopyOnWriteArrayList<>();

    NetworkChanges(ChangeFeed feed) {
        this.feed = feed;
    }

    void subscribe(Consumer<List<ChangeFeed.Change>> subscriber) {
        subscribers.add(subscriber);
    }

    /** Hands everything committed before this call to the subscribers. */
    synchronized void catchUp() {
        List<ChangeFeed.Change> changes = feed.poll();
        if (!changes.isEmpty()) {
            subscribers.forEach(s -> s.accept(changes));
        }
    }
}
