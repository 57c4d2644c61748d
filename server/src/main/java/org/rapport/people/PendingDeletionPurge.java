package org.rapport.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes for good the people a bulk delete marked, once its undo window has passed. Safe on
 * several nodes: a person already purged by another node is simply not found again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PendingDeletionPurge {
    static final long UNDO_WINDOW_MILLIS = 10 * 60_000;
    private static final Logger log = LoggerFactory.getLogger(PendingDeletionPurge.class);

    private final PersonService people;

    PendingDeletionPurge(PersonService people) {
        this.people = people;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void purge() {
        var due = people.markedDeletedBefore(System.currentTimeMillis() - UNDO_WINDOW_MILLIS);
        for (var person : due) {
            try {
                people.purgeMarked(person.getKey(), person.getValue());
            } catch (RuntimeException e) {
                log.warn(
                        "Could not purge person {} of workspace {}; will retry", person.getValue(), person.getKey(), e);
            }
        }
    }
}
