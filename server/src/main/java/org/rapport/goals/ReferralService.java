package org.rapport.goals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.organizations.OrganizationService;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;

/** Word of mouth: who referred whom, and the referral sources ranked by what they brought. */
@Service
public class ReferralService {
    /** Someone who referred two or more prospects is an advocate. */
    static final int ADVOCATE_AFTER = 2;

    private final PipelineRepository pipeline;
    private final PersonService people;
    private final OrganizationService organizations;

    ReferralService(PipelineRepository pipeline, PersonService people, OrganizationService organizations) {
        this.pipeline = pipeline;
        this.people = people;
        this.organizations = organizations;
    }

    /**
     * Who referred which prospect. An organization prospect has no personId: organizationId names
     * it and personName carries the organization's name.
     */
    public record Referral(
            UUID referrerId,
            String referrerName,
            @Nullable UUID personId,
            String personName,
            UUID goalId,
            Stage stage,
            @Nullable UUID organizationId) {}

    /** A referral source: prospects referred, how many were won, and the value of those won (cents). */
    public record Source(UUID personId, String name, int prospects, int won, long valueCents, boolean advocate) {}

    public List<Referral> referrals(CurrentMember me) {
        List<Entry> referred = pipeline.referred(me);
        Map<UUID, String> names = names(me, referred);
        return referred.stream()
                .map(e -> new Referral(
                        e.referredById(),
                        names.getOrDefault(e.referredById(), "?"),
                        e.personId(),
                        names.getOrDefault(prospect(e), "?"),
                        e.goalId(),
                        e.stage(),
                        e.isOrganization() ? e.organizationId() : null))
                .toList();
    }

    /** Sources ranked by prospects referred, then by the value of the won ones. */
    public List<Source> sources(CurrentMember me) {
        List<Entry> referred = pipeline.referred(me);
        Map<UUID, String> names = names(me, referred);
        Map<UUID, List<Entry>> byReferrer = new LinkedHashMap<>();
        referred.forEach(e -> byReferrer
                .computeIfAbsent(e.referredById(), k -> new ArrayList<>())
                .add(e));
        List<Source> sources = new ArrayList<>();
        byReferrer.forEach((referrer, entries) -> {
            long prospects =
                    entries.stream().map(ReferralService::prospect).distinct().count();
            List<Entry> won =
                    entries.stream().filter(e -> e.stage() == Stage.WON).toList();
            long value = won.stream()
                    .mapToLong(e -> e.valueCents() == null ? 0 : e.valueCents())
                    .sum();
            sources.add(new Source(
                    referrer,
                    names.getOrDefault(referrer, "?"),
                    (int) prospects,
                    won.size(),
                    value,
                    prospects >= ADVOCATE_AFTER));
        });
        sources.sort(Comparator.comparingInt((Source s) -> -s.prospects())
                .thenComparingLong(s -> -s.valueCents())
                .thenComparing(Source::name, String.CASE_INSENSITIVE_ORDER));
        return sources;
    }

    public boolean isAdvocate(CurrentMember me, @Nullable UUID personId) {
        return personId != null
                && sources(me).stream().anyMatch(s -> s.personId().equals(personId) && s.advocate());
    }

    /** The person, or for an organization prospect the organization (ids never collide: UUIDv7). */
    private static UUID prospect(Entry e) {
        return java.util.Objects.requireNonNull(e.isOrganization() ? e.organizationId() : e.personId());
    }

    private Map<UUID, String> names(CurrentMember me, List<Entry> entries) {
        Set<UUID> ids = new HashSet<>();
        Set<UUID> orgs = new HashSet<>();
        entries.forEach(e -> {
            if (e.isOrganization()) {
                orgs.add(prospect(e));
            } else {
                ids.add(prospect(e));
            }
            ids.add(e.referredById());
        });
        Map<UUID, String> names = new java.util.HashMap<>(people.displayNames(me.workspace(), ids));
        orgs.forEach(id -> organizations.find(me, id).ifPresent(o -> names.put(id, o.name())));
        return names;
    }
}
