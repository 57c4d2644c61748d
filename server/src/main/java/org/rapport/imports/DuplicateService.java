package org.rapport.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.rapport.people.PeopleMerged;
import org.rapport.people.Person;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;
import org.rapport.people.PersonService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates (what imports deliberately do not merge: the same name at another organization,
 * or names that differ by a middle name, an initial or a typo) and merging two people into one.
 */
@Service
public class DuplicateService {
    private static final int MAX_PAIRS = 500;
    private static final int MAX_BLOCK = 200;

    private final PersonBatch batch;
    private final PersonService people;
    private final ImportRepository imports;
    private final ApplicationEventPublisher events;

    DuplicateService(
            PersonBatch batch, PersonService people, ImportRepository imports, ApplicationEventPublisher events) {
        this.batch = batch;
        this.people = people;
        this.imports = imports;
        this.events = events;
    }

    /** One side of a possible duplicate. */
    public record Candidate(UUID id, String displayName, List<String> organizations) {}

    public record Pair(Candidate a, Candidate b, String reason) {}

    /** Pairs of people who may be one person, by name: at most {@link #MAX_PAIRS}. */
    public List<Pair> possibleDuplicates(CurrentMember me) {
        List<PersonBatch.NameRow> names = batch.names(me.workspace());
        Map<UUID, List<String>> orgs = batch.organizationKeys(me.workspace());
        Map<UUID, List<String>> orgNames = batch.organizationNames(me.workspace());
        Map<String, List<PersonBatch.NameRow>> byLastWord = new HashMap<>();
        for (PersonBatch.NameRow n : names) {
            String[] words = n.nameKey().split(" ");
            byLastWord
                    .computeIfAbsent(words[words.length - 1], k -> new ArrayList<>())
                    .add(n);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<PersonBatch.NameRow> block : byLastWord.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue; // a very common surname says nothing on its own
            }
            for (int i = 0; i < block.size() && pairs.size() < MAX_PAIRS; i++) {
                for (int j = i + 1; j < block.size() && pairs.size() < MAX_PAIRS; j++) {
                    String reason = reason(block.get(i), block.get(j), orgs);
                    if (reason != null) {
                        pairs.add(
                                new Pair(candidate(block.get(i), orgNames), candidate(block.get(j), orgNames), reason));
                    }
                }
            }
        }
        pairs.sort(java.util.Comparator.comparing((Pair p) -> p.a().displayName())
                .thenComparing(p -> p.b().displayName()));
        return pairs;
    }

    private static Candidate candidate(PersonBatch.NameRow n, Map<UUID, List<String>> orgs) {
        return new Candidate(n.id(), n.displayName(), orgs.getOrDefault(n.id(), List.of()));
    }

    static String reason(PersonBatch.NameRow a, PersonBatch.NameRow b, Map<UUID, List<String>> orgs) {
        List<String> oa = orgs.getOrDefault(a.id(), List.of());
        List<String> ob = orgs.getOrDefault(b.id(), List.of());
        boolean sharedOrg = oa.stream().anyMatch(ob::contains);
        if (a.nameKey().equals(b.nameKey())) {
            return oa.isEmpty() || ob.isEmpty()
                    ? "same name"
                    : sharedOrg ? "same name, same organization" : "same name, different organization";
        }
        String[] wa = a.nameKey().split(" ");
        String[] wb = b.nameKey().split(" ");
        if (wa[0].equals(wb[0]) && wa.length != wb.length) {
            return "same first and last name, one has a middle name";
        }
        if (wa.length > 1
                && wb.length > 1
                && !wa[0].equals(wb[0])
                && (wa[0].startsWith(wb[0]) || wb[0].startsWith(wa[0]))) {
            return "similar names (" + (wa[0].length() < wb[0].length() ? wa[0] : wb[0]) + "…)";
        }
        if (wa.length == wb.length
                && !wa[0].isEmpty()
                && !wb[0].isEmpty()
                && wa[0].charAt(0) == wb[0].charAt(0)
                && distance(wa[0], wb[0]) <= (Math.min(wa[0].length(), wb[0].length()) >= 6 ? 2 : 1)) {
            return "similar names (a letter or two apart)";
        }
        return null;
    }

    /** Levenshtein distance, for names only (short strings). */
    static int distance(String s, String t) {
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[t.length()];
    }

    /**
     * Merges {@code otherId} into {@code survivorId}: the survivor keeps what it has, gains what it lacks
     * and the union of emails, phones, links, addresses, tags and roles; encounters, follow-ups,
     * connections and introductions move to it; then the other person is deleted.
     */
    @Transactional
    public Person merge(CurrentMember me, UUID survivorId, UUID otherId) {
        if (survivorId.equals(otherId)) {
            throw ValidationException.of("otherId", "must be another person than the one merged into");
        }
        Person survivor = people.get(me, survivorId);
        Person other = people.find(me, otherId)
                .orElseThrow(() -> ValidationException.of("otherId", "is not a person in this workspace"));
        PersonDraft merged = PersonMerge.merge(PersonBatch.draftOf(survivor), PersonBatch.draftOf(other));
        batch.update(me, List.of(new PersonBatch.Entry(survivorId, merged)));
        events.publishEvent(new PeopleMerged(me.workspace(), survivorId, otherId));
        imports.moveSources(me.workspace(), otherId, survivorId);
        batch.finishMerge(me, survivorId, otherId);
        var last = survivor.relationship().lastContactAt();
        var otherLast = other.relationship().lastContactAt();
        if (otherLast != null && (last == null || otherLast.isAfter(last))) {
            people.setLastContact(me, survivorId, otherLast);
        }
        return people.get(me, survivorId);
    }
}
