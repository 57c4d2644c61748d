package org.rapport.cli;

import java.util.regex.Pattern;

/** Telling an id from a name on the command line. */
public final class Ids {
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {}

    public static boolean isId(String text) {
        return UUID.matcher(text.strip()).matches();
    }
}
