package org.rapport.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Keys;
import org.rapport.people.Address;
import org.rapport.people.ContactValue;
import org.rapport.people.Kind;
import org.rapport.people.Link;

/**
 * One person as a file describes them, before matching.
 *
 * @param line where the record starts in the file (1-based)
 * @param sourceKey what identifies the record in its source, so a re-import finds it again
 * @param dropped what the file held that Rapport does not keep (a photo, an unknown field)
 */
public record ImportedPerson(
        int line,
        String sourceKey,
        @Nullable String displayName,
        @Nullable String givenName,
        @Nullable String familyName,
        List<ContactValue> emails,
        List<ContactValue> phones,
        List<Link> links,
        List<Address> addresses,
        @Nullable String organization,
        @Nullable String title,
        @Nullable String birthday,
        List<String> tags,
        @Nullable String notes,
        @Nullable String howWeMet,
        List<Kind> kinds,
        List<String> dropped) {

    /**
     * The source key of a record without an id of its own: its first email, else its name at its
     * organization. A re-import finds its people again by this key, so every reader makes it alike.
     */
    public static String keyByEmailOrName(@Nullable String email, String name, @Nullable String organization) {
        return email != null
                ? "email:" + Keys.emailKey(email)
                : "name:" + Keys.nameKey(name) + "|" + (organization == null ? "" : Keys.nameKey(organization));
    }
}
