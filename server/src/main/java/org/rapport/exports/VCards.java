package org.rapport.exports;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.Role;
import org.rapport.people.Address;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;
import org.rapport.people.Person;

/**
 * One person as a vCard. Labels that vCard has a type for (work, home, mobile…) become TYPE
 * parameters; any other label becomes an Apple-style {@code itemN.X-ABLabel}, which Apple, Google
 * and our own import read back. A birthday without a year is {@code --MMDD} in 4.0 and Apple's
 * {@code 1604} convention in 3.0, which has no way to leave the year out.
 */
final class VCards {
    private static final Map<String, EmailType> EMAIL_TYPES = Map.of("work", EmailType.WORK, "home", EmailType.HOME);
    private static final Map<String, TelephoneType> PHONE_TYPES = Map.of(
            "mobile", TelephoneType.CELL,
            "cell", TelephoneType.CELL,
            "work", TelephoneType.WORK,
            "home", TelephoneType.HOME,
            "fax", TelephoneType.FAX,
            "pager", TelephoneType.PAGER);
    private static final Map<String, AddressType> ADDRESS_TYPES =
            Map.of("work", AddressType.WORK, "home", AddressType.HOME);
    static final int APPLE_NO_YEAR = 1604;

    private VCards() {}

    static VCard of(Person person, VCardVersion version) {
        VCard card = new VCard();
        card.setUid(new Uid("urn:uuid:" + person.id()));
        card.setFormattedName(person.displayName());
        StructuredName name = new StructuredName();
        name.setGiven(person.givenName());
        name.setFamily(person.familyName());
        card.setStructuredName(name);
        Labels labels = new Labels(card);
        for (ContactValue email : person.emails()) {
            Email property = new Email(email.value());
            EmailType type = EMAIL_TYPES.get(key(email.label()));
            if (type != null) {
                property.getTypes().add(type);
            } else {
                labels.label(property, email.label());
            }
            card.addEmail(property);
        }
        for (ContactValue phone : person.phones()) {
            Telephone property = new Telephone(phone.value());
            TelephoneType type = PHONE_TYPES.get(key(phone.label()));
            if (type != null) {
                property.getTypes().add(type);
            } else {
                labels.label(property, phone.label());
            }
            card.addTelephoneNumber(property);
        }
        for (Link link : person.links()) {
            Url url = new Url(link.url());
            labels.label(url, link.label());
            card.addUrl(url);
        }
        person.addresses().forEach(a -> card.addAddress(address(a, labels)));
        roles(person, card);
        birthday(person.birthday(), version, card);
        if (person.notes() != null && !person.notes().isBlank()) {
            card.addNote(person.notes());
        }
        if (!person.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(person.tags());
            card.setCategories(categories);
        }
        return card;
    }

    private static ezvcard.property.Address address(Address a, Labels labels) {
        var property = new ezvcard.property.Address();
        property.setStreetAddress(a.street());
        property.setLocality(a.city());
        property.setRegion(a.region());
        property.setPostalCode(a.postalCode());
        property.setCountry(a.country());
        AddressType type = ADDRESS_TYPES.get(key(a.label()));
        if (type != null) {
            property.getTypes().add(type);
        } else {
            labels.label(property, a.label());
        }
        return property;
    }

    /** Current roles first (ORG and TITLE); without a current one, the latest past one. */
    private static void roles(Person person, VCard card) {
        var current = person.roles().stream().filter(Role::isCurrent).toList();
        var chosen = current.isEmpty() && !person.roles().isEmpty()
                ? java.util.List.of(person.roles().get(person.roles().size() - 1))
                : current;
        for (Role role : chosen) {
            var organization = new ezvcard.property.Organization();
            organization.getValues().add(role.organizationName());
            card.addOrganization(organization);
            if (role.title() != null && !role.title().isBlank()) {
                card.addTitle(role.title());
            }
        }
    }

    private static void birthday(@Nullable String birthday, VCardVersion version, VCard card) {
        if (birthday == null) {
            return;
        }
        try {
            if (birthday.startsWith("--") && birthday.length() == 7) {
                int month = Integer.parseInt(birthday.substring(2, 4));
                int day = Integer.parseInt(birthday.substring(5, 7));
                if (version == VCardVersion.V4_0) {
                    card.setBirthday(new Birthday(
                            PartialDate.builder().month(month).date(day).build()));
                } else {
                    Birthday apple = new Birthday(LocalDate.of(APPLE_NO_YEAR, month, day));
                    apple.setParameter("X-APPLE-OMIT-YEAR", String.valueOf(APPLE_NO_YEAR));
                    card.setBirthday(apple);
                }
            } else {
                card.setBirthday(new Birthday(LocalDate.parse(birthday)));
            }
        } catch (NumberFormatException | DateTimeException e) {
            // A birthday the people module accepted but no calendar date: keep it as text in 4.0.
            if (version == VCardVersion.V4_0) {
                card.setBirthday(new Birthday(birthday));
            }
        }
    }

    private static String key(@Nullable String label) {
        return label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
    }

    /** Hands out item groups for labels vCard has no type for. */
    private static final class Labels {
        private final VCard card;
        private int next = 1;

        Labels(VCard card) {
            this.card = card;
        }

        void label(VCardProperty property, @Nullable String label) {
            if (label == null || label.isBlank()) {
                return;
            }
            String group = "item" + next++;
            property.setGroup(group);
            card.addExtendedProperty("X-ABLabel", label).setGroup(group);
        }
    }
}
