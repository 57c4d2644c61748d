package org.rapport.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.RoleDraft;
import org.rapport.people.Address;
import org.rapport.people.ClosenessTier;
import org.rapport.people.ContactValue;
import org.rapport.people.Kind;
import org.rapport.people.Link;
import org.rapport.people.PersonDraft;

/**
 * One person of the demo network, declared compactly and turned into a {@link PersonDraft}. Role
 * dates are months before {@code today}, so a career reads the same whenever the demo is loaded.
 */
final class DemoPerson {
    private record DemoRole(
            String organization,
            String title,
            int startMonthsAgo,
            @Nullable Integer endMonthsAgo) {}

    final String key;
    private final String givenName;
    private final String familyName;
    private final List<ContactValue> emails = new ArrayList<>();
    private final List<ContactValue> phones = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<DemoRole> roles = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    private @Nullable String birthday;
    private @Nullable String notes;
    private @Nullable String howWeMet;
    private @Nullable String introducedBy;
    private @Nullable ClosenessTier tier;
    private @Nullable Integer cadenceDays;

    private DemoPerson(String key, String givenName, String familyName) {
        this.key = key;
        this.givenName = givenName;
        this.familyName = familyName;
    }

    /** {@code key} is how encounters, follow-ups and connections of the demo refer to this person. */
    static DemoPerson person(String key, String givenName, String familyName) {
        return new DemoPerson(key, givenName, familyName);
    }

    DemoPerson email(String address, String label) {
        emails.add(new ContactValue(address, label));
        return this;
    }

    DemoPerson phone(String number, String label) {
        phones.add(new ContactValue(number, label));
        return this;
    }

    DemoPerson linkedIn(String handle) {
        links.add(new Link("https://www.linkedin.com/in/" + handle, "LinkedIn"));
        return this;
    }

    DemoPerson address(String street, String city, String postalCode) {
        addresses.add(new Address("home", street, city, null, postalCode, "United Kingdom"));
        return this;
    }

    /** A current role, started {@code startMonthsAgo} months before today. */
    DemoPerson role(String organization, String title, int startMonthsAgo) {
        roles.add(new DemoRole(organization, title, startMonthsAgo, null));
        return this;
    }

    DemoPerson pastRole(String organization, String title, int startMonthsAgo, int endMonthsAgo) {
        roles.add(new DemoRole(organization, title, startMonthsAgo, endMonthsAgo));
        return this;
    }

    DemoPerson tags(String... names) {
        tags.addAll(List.of(names));
        return this;
    }

    /** "1988-11-02", or "--07-14" when we never learned the year. */
    DemoPerson birthday(String date) {
        this.birthday = date;
        return this;
    }

    DemoPerson notes(String text) {
        this.notes = text;
        return this;
    }

    DemoPerson met(String story) {
        this.howWeMet = story;
        return this;
    }

    DemoPerson introducedBy(String personKey) {
        this.introducedBy = personKey;
        return this;
    }

    DemoPerson kinds(Kind... values) {
        kinds.addAll(List.of(values));
        return this;
    }

    DemoPerson tier(ClosenessTier value) {
        this.tier = value;
        return this;
    }

    DemoPerson cadence(int days) {
        this.cadenceDays = days;
        return this;
    }

    /** The draft; {@code ids} must already hold whoever introduced this person. */
    PersonDraft draft(LocalDate today, Map<String, UUID> ids) {
        YearMonth now = YearMonth.from(today);
        List<RoleDraft> roleDrafts = roles.stream()
                .map(r -> new RoleDraft(
                        null,
                        r.organization(),
                        r.title(),
                        now.minusMonths(r.startMonthsAgo()).toString(),
                        r.endMonthsAgo() == null
                                ? null
                                : now.minusMonths(r.endMonthsAgo()).toString()))
                .toList();
        return new PersonDraft(
                givenName + " " + familyName,
                givenName,
                familyName,
                emails,
                phones,
                links,
                addresses,
                roleDrafts,
                birthday,
                tags,
                notes,
                howWeMet,
                introducedBy == null ? null : Objects.requireNonNull(ids.get(introducedBy), introducedBy),
                new PersonDraft.RelationshipDraft(kinds, tier, cadenceDays));
    }
}
