package org.rapport.capture;

import java.util.List;

/**
 * What one quick-capture line says.
 *
 * @param title the line without its markup and clauses, tidied; empty when only clauses were given
 * @param mentions everyone named with {@code @}, in order of first appearance, once each (case
 *     ignored): the encounter's participants, the people named in clauses included
 * @param kind from {@code #personal}, {@code #professional}, {@code #business} or {@code
 *     #job_search}; null when the line names none (the caller picks the default)
 * @param tags the other hashtags, without {@code #}, once each
 * @param gave the {@code gave:} clauses, in order
 * @param got the {@code got:} clauses, in order
 * @param when from a {@code when:} clause, or null
 */
public record Capture(
        String title,
        List<String> mentions,
        Kind kind,
        List<String> tags,
        List<CapturedExchange> gave,
        List<CapturedExchange> got,
        When when) {

    public Capture {
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        gave = List.copyOf(gave);
        got = List.copyOf(got);
    }
}
