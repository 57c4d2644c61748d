package org.rapport.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.db.WorkspaceId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganizationService {
    private static final Pattern PARTIAL_DATE =
            Pattern.compile("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$");

    private final OrganizationRepository organizations;
    private final ChangeLog changeLog;

    OrganizationService(OrganizationRepository organizations, ChangeLog changeLog) {
        this.organizations = organizations;
        this.changeLog = changeLog;
    }

    public record OrganizationDraft(
            String name, @Nullable String website, @Nullable String notes) {}

    public Optional<Organization> find(CurrentMember me, UUID id) {
        return organizations.find(me.workspace(), id);
    }

    public Organization get(CurrentMember me, UUID id) {
        return find(me, id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    public PageResponse<Organization> list(CurrentMember me, @Nullable String q, PageRequest page) {
        var items = organizations.list(me.workspace(), q, page.size(), page.offset());
        return new PageResponse<>(items, page.page(), page.size(), organizations.count(me.workspace(), q));
    }

    @Transactional
    public Organization create(CurrentMember me, OrganizationDraft draft) {
        validate(draft);
        UUID id = Ids.newId();
        organizations.insert(me.workspace(), id, draft.name().trim(), draft.website(), draft.notes(), now());
        changeLog.record(me.workspace().value(), "organization", id, ChangeLog.Operation.CREATE, me.memberId());
        return get(me, id);
    }

    @Transactional
    public Organization update(CurrentMember me, UUID id, OrganizationDraft draft, long version) {
        validate(draft);
        Organization current = get(me, id);
        if (!organizations.update(
                me.workspace(), id, draft.name().trim(), draft.website(), draft.notes(), version, now())) {
            throw ConflictException.staleVersion("organization", version);
        }
        changeLog.record(
                me.workspace().value(), "organization", current.id(), ChangeLog.Operation.UPDATE, me.memberId());
        return get(me, id);
    }

    @Transactional
    public void delete(CurrentMember me, UUID id) {
        if (!organizations.delete(me.workspace(), id)) {
            throw new NotFoundException("organization", id);
        }
        changeLog.record(me.workspace().value(), "organization", id, ChangeLog.Operation.DELETE, me.memberId());
    }

    /** People who hold (or, unless {@code currentOnly}, held) a role at the organization. */
    public List<UUID> peopleAt(CurrentMember me, UUID organizationId, boolean currentOnly) {
        return organizations.peopleAt(me.workspace(), organizationId, currentOnly);
    }

    /** {@link #peopleAt(CurrentMember, UUID, boolean)} for many organizations at once, each in the map. */
    public Map<UUID, List<UUID>> peopleAt(CurrentMember me, Collection<UUID> organizationIds, boolean currentOnly) {
        return organizations.peopleAt(me.workspace(), organizationIds, currentOnly);
    }

    public Map<UUID, List<Role>> rolesOf(WorkspaceId ws, Collection<UUID> personIds) {
        return organizations.rolesOf(ws, personIds);
    }

    /**
     * Checks roles as a caller sent them, naming fields under {@code field} ("roles[0].start").
     * Organization ids must belong to the workspace.
     */
    public void validateRoles(
            WorkspaceId ws, List<RoleDraft> roles, String field, ValidationException.Collector problems) {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            RoleDraft role = roles.get(i);
            String at = field + "[" + i + "]";
            if (role.organizationId() == null
                    && (role.organizationName() == null
                            || role.organizationName().isBlank())) {
                problems.add(at + ".organization", "is required (a name, or organizationId)");
            }
            if (role.organizationId() != null) {
                ids.add(role.organizationId());
            }
            checkPartialDate(at + ".start", role.start(), problems);
            checkPartialDate(at + ".end", role.end(), problems);
            if (role.title() != null && role.title().length() > 300) {
                problems.add(at + ".title", "must be at most 300 characters");
            }
        }
        if (!ids.isEmpty() && organizations.countIn(ws, ids) != ids.size()) {
            for (int i = 0; i < roles.size(); i++) {
                UUID orgId = roles.get(i).organizationId();
                if (orgId != null && organizations.countIn(ws, List.of(orgId)) == 0) {
                    problems.add(field + "[" + i + "].organizationId", "is not an organization in this workspace");
                }
            }
        }
    }

    /** Replaces a person's roles, finding organizations by name (case- and accent-insensitive) or creating them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceRoles(CurrentMember me, UUID personId, List<RoleDraft> roles) {
        WorkspaceId ws = me.workspace();
        organizations.deleteRolesOf(ws, personId);
        List<RoleDraft> resolved = new ArrayList<>();
        for (RoleDraft role : roles) {
            UUID orgId = role.organizationId();
            if (orgId == null) {
                String name = role.organizationName() == null
                        ? ""
                        : role.organizationName().trim();
                orgId = organizations
                        .findIdByName(ws, name)
                        .orElseGet(() -> create(me, new OrganizationDraft(name, null, null))
                                .id());
            }
            resolved.add(
                    new RoleDraft(orgId, role.organizationName(), blankToNull(role.title()), role.start(), role.end()));
        }
        for (int i = 0; i < resolved.size(); i++) {
            organizations.insertRole(ws, Ids.newId(), personId, resolved.get(i).organizationId(), resolved.get(i), i);
        }
    }

    private static void checkPartialDate(String field, @Nullable String value, ValidationException.Collector problems) {
        if (value != null && !PARTIAL_DATE.matcher(value).matches()) {
            problems.add(field, "must be a date like 2019, 2019-03 or 2019-03-01");
        }
    }

    private static void validate(OrganizationDraft draft) {
        var problems = new ValidationException.Collector();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add("name", "must not be empty");
        } else if (draft.name().length() > 300) {
            problems.add("name", "must be at most 300 characters");
        }
        if (draft.website() != null
                && !draft.website().isBlank()
                && !draft.website().matches("(?i)^https?://\\S+$")) {
            problems.add("website", "must be an http or https URL");
        }
        problems.throwIfAny();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
