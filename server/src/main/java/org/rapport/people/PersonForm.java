package org.rapport.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.Role;
import org.rapport.organizations.RoleDraft;

/** The add/edit person form as the browser posts it (a JavaBean, for indexed row binding). */
public class PersonForm {
    public static class ValueRow {
        private String value = "";
        private String label = "";

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public static class RoleRow {
        private String organization = "";
        private String title = "";
        private String start = "";
        private String end = "";

        public String getOrganization() {
            return organization;
        }

        public void setOrganization(String organization) {
            this.organization = organization;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    private String displayName = "";
    private String givenName = "";
    private String familyName = "";
    private List<ValueRow> emails = new ArrayList<>();
    private List<ValueRow> phones = new ArrayList<>();
    private List<ValueRow> links = new ArrayList<>();
    private List<RoleRow> roles = new ArrayList<>();
    private String birthday = "";
    private String tags = "";
    private String notes = "";
    private String howWeMet = "";
    private @Nullable UUID introducedById;
    private List<String> kinds = new ArrayList<>();
    private String closenessTier = "";
    private @Nullable Integer cadenceDays;
    private long version;

    public static PersonForm empty() {
        return new PersonForm().withBlankRows();
    }

    public static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.displayName = p.displayName();
        f.givenName = Objects.requireNonNullElse(p.givenName(), "");
        f.familyName = Objects.requireNonNullElse(p.familyName(), "");
        p.emails().forEach(e -> f.emails.add(row(e.value(), e.label())));
        p.phones().forEach(e -> f.phones.add(row(e.value(), e.label())));
        p.links().forEach(l -> f.links.add(row(l.url(), l.label())));
        for (Role r : p.roles()) {
            RoleRow row = new RoleRow();
            row.organization = r.organizationName();
            row.title = Objects.requireNonNullElse(r.title(), "");
            row.start = Objects.requireNonNullElse(r.start(), "");
            row.end = Objects.requireNonNullElse(r.end(), "");
            f.roles.add(row);
        }
        f.birthday = Objects.requireNonNullElse(p.birthday(), "");
        f.tags = String.join(", ", p.tags());
        f.notes = Objects.requireNonNullElse(p.notes(), "");
        f.howWeMet = Objects.requireNonNullElse(p.howWeMet(), "");
        f.introducedById = p.introducedById();
        p.relationship().kinds().forEach(k -> f.kinds.add(k.wire()));
        f.closenessTier = p.relationship().closenessTier() == null
                ? ""
                : p.relationship().closenessTier().wire();
        f.cadenceDays = p.relationship().cadenceDays();
        f.version = p.version();
        return f.withBlankRows();
    }

    /** One empty row in each repeatable group, for the next value. */
    PersonForm withBlankRows() {
        emails.add(new ValueRow());
        phones.add(new ValueRow());
        links.add(new ValueRow());
        roles.add(new RoleRow());
        return this;
    }

    PersonDraft toDraft() {
        var kindSet = EnumSet.noneOf(Kind.class);
        kinds.stream().filter(k -> !k.isBlank()).map(Kind::fromWire).forEach(kindSet::add);
        return new PersonDraft(
                displayName,
                givenName,
                familyName,
                emails.stream()
                        .filter(r -> !r.value.isBlank())
                        .map(r -> new ContactValue(r.value, r.label))
                        .toList(),
                phones.stream()
                        .filter(r -> !r.value.isBlank())
                        .map(r -> new ContactValue(r.value, r.label))
                        .toList(),
                links.stream()
                        .filter(r -> !r.value.isBlank())
                        .map(r -> new Link(r.value, r.label))
                        .toList(),
                List.of(),
                roles.stream()
                        .filter(r -> !r.organization.isBlank())
                        .map(r -> new RoleDraft(null, r.organization, r.title, blank(r.start), blank(r.end)))
                        .toList(),
                birthday,
                Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList(),
                notes.isBlank() ? null : notes,
                howWeMet,
                introducedById,
                new PersonDraft.RelationshipDraft(
                        kindSet, closenessTier.isBlank() ? null : ClosenessTier.fromWire(closenessTier), cadenceDays));
    }

    private static ValueRow row(String value, @Nullable String label) {
        ValueRow row = new ValueRow();
        row.value = value;
        row.label = Objects.requireNonNullElse(label, "");
        return row;
    }

    private static @Nullable String blank(String s) {
        return s.isBlank() ? null : s.strip();
    }

    // --- bean accessors for binding ---

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public List<ValueRow> getEmails() {
        return emails;
    }

    public void setEmails(List<ValueRow> emails) {
        this.emails = emails;
    }

    public List<ValueRow> getPhones() {
        return phones;
    }

    public void setPhones(List<ValueRow> phones) {
        this.phones = phones;
    }

    public List<ValueRow> getLinks() {
        return links;
    }

    public void setLinks(List<ValueRow> links) {
        this.links = links;
    }

    public List<RoleRow> getRoles() {
        return roles;
    }

    public void setRoles(List<RoleRow> roles) {
        this.roles = roles;
    }

    public String getBirthday() {
        return birthday;
    }

    public void setBirthday(String birthday) {
        this.birthday = birthday;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getHowWeMet() {
        return howWeMet;
    }

    public void setHowWeMet(String howWeMet) {
        this.howWeMet = howWeMet;
    }

    public @Nullable UUID getIntroducedById() {
        return introducedById;
    }

    public void setIntroducedById(@Nullable UUID introducedById) {
        this.introducedById = introducedById;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public String getClosenessTier() {
        return closenessTier;
    }

    public void setClosenessTier(String closenessTier) {
        this.closenessTier = closenessTier;
    }

    public @Nullable Integer getCadenceDays() {
        return cadenceDays;
    }

    public void setCadenceDays(@Nullable Integer cadenceDays) {
        this.cadenceDays = cadenceDays;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
