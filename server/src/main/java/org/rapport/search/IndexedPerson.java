package org.rapport.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as the index sees it: names, contact points, organizations and titles, tags, notes, what
 * they gave in encounters and the titles and topics of the encounters they took part in. What
 * comes from encounters is kept per member (encounters are private to the member who logged them).
 */
record IndexedPerson(
        String id,
        String displayName,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String notes,
        List<String> contacts,
        List<String> tags,
        List<String> organizationIds,
        List<String> organizations,
        List<String> titles,
        List<Gift> gave,
        List<Mention> encounters,
        @Nullable Long lastContact) {

    /** A title or topic of an encounter a member logged with the person (encounters are the member's own). */
    record Mention(String memberId, String text) {}

    /** Something the person gave a member (an exchange the member received from them). */
    record Gift(String memberId, String type, @Nullable String description, LocalDate on) {
        /** "advice: how to size an Iceberg cluster (2026-11-16)". */
        String text() {
            return type + (description == null ? "" : ": " + description) + " (" + on + ")";
        }
    }

    static final class Builder {
        final String id;
        final String displayName;
        final @Nullable String givenName;
        final @Nullable String familyName;
        final @Nullable String notes;
        final List<String> contacts = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<String> organizationIds = new ArrayList<>();
        final List<String> organizations = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<Gift> gave = new ArrayList<>();
        final List<Mention> encounters = new ArrayList<>();

        @Nullable
        Long lastContact;

        Builder(
                String id,
                String displayName,
                @Nullable String givenName,
                @Nullable String familyName,
                @Nullable String notes,
                @Nullable String howWeMet) {
            this.id = id;
            this.displayName = displayName;
            this.givenName = givenName;
            this.familyName = familyName;
            this.notes = howWeMet == null ? notes : notes == null ? howWeMet : notes + "\n" + howWeMet;
        }

        IndexedPerson build() {
            return new IndexedPerson(
                    id,
                    displayName,
                    givenName,
                    familyName,
                    notes,
                    contacts,
                    tags,
                    organizationIds,
                    organizations,
                    titles,
                    gave,
                    encounters,
                    lastContact);
        }
    }
}
