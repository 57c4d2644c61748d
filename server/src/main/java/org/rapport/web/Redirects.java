package org.rapport.web;

import org.jspecify.annotations.Nullable;

/** Where a form may send the browser back to: only paths of this site, never another host. */
public final class Redirects {
    private Redirects() {}

    public static String local(@Nullable String next, String fallback) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("\n")) {
            return fallback;
        }
        return next;
    }
}
