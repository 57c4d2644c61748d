package org.rapport.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Component;

/**
 * Turns change-log rows into index updates: every changed entity is read again from the database
 * and re-indexed, or deleted when it is gone. A person's document also holds what they gave and
 * the encounters they were in, and their organizations' names, so encounter and organization
 * changes re-index the people they touch (before and after the change).
 */
@Component
class IndexUpdater {
    static final int CHUNK = 500;
    private final SearchIndex index;
    private final SearchSource source;

    IndexUpdater(SearchIndex index, SearchSource source) {
        this.index = index;
        this.source = source;
    }

    /** What to re-read in one workspace. */
    private static final class Work {
        final Set<String> people = new HashSet<>();
        final Set<String> organizations = new HashSet<>();
        final Set<String> encounters = new HashSet<>();
    }

    void apply(List<SearchSource.Change> changes) throws IOException {
        Map<String, Work> byWorkspace = new LinkedHashMap<>();
        for (SearchSource.Change c : changes) {
            Work work = byWorkspace.computeIfAbsent(c.ws(), ws -> new Work());
            switch (c.entity()) {
                case "person", "relationship" -> work.people.add(c.entityId());
                case "organization" -> work.organizations.add(c.entityId());
                case "encounter" -> work.encounters.add(c.entityId());
                default -> {
                    // Connections, follow-ups, tokens… are not searched.
                }
            }
        }
        for (var entry : byWorkspace.entrySet()) {
            apply(entry.getKey(), entry.getValue());
        }
    }

    private void apply(String ws, Work work) throws IOException {
        for (List<String> chunk : chunks(work.organizations)) {
            work.people.addAll(source.peopleAt(ws, chunk));
            work.people.addAll(linked(IndexedType.PERSON, ws, chunk));
            reindex(ws, IndexedType.ORGANIZATION, chunk);
        }
        for (List<String> chunk : chunks(work.encounters)) {
            work.people.addAll(source.peopleIn(ws, chunk));
            work.people.addAll(linksOf(IndexedType.ENCOUNTER, ws, chunk));
            reindex(ws, IndexedType.ENCOUNTER, chunk);
        }
        for (List<String> chunk : chunks(work.people)) {
            reindex(ws, IndexedType.PERSON, chunk);
        }
    }

    /** Re-reads one chunk of one type and updates or deletes each document. */
    void reindex(String ws, IndexedType type, List<String> ids) throws IOException {
        Map<String, Document> docs = new LinkedHashMap<>();
        switch (type) {
            case PERSON -> source.people(ws, ids).forEach((id, p) -> docs.put(id, SearchDocuments.person(ws, p)));
            case ORGANIZATION ->
                source.organizations(ws, ids).forEach((id, o) -> docs.put(id, SearchDocuments.organization(ws, o)));
            case ENCOUNTER ->
                source.encounters(ws, ids).forEach((id, e) -> docs.put(id, SearchDocuments.encounter(ws, e)));
        }
        for (String id : ids) {
            Document doc = docs.get(id);
            if (doc == null) {
                index.delete(SearchDocuments.keyTerm(type, ws, id));
            } else {
                index.update(SearchDocuments.keyTerm(type, ws, id), doc);
            }
        }
    }

    /** The ids stored in the links of these documents (e.g. the people of a deleted encounter). */
    private Set<String> linksOf(IndexedType type, String ws, Collection<String> ids) throws IOException {
        return index.search(searcher -> {
            Set<String> links = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            for (String id : ids) {
                TopDocs top = searcher.search(new TermQuery(SearchDocuments.keyTerm(type, ws, id)), 1);
                if (top.scoreDocs.length > 0) {
                    for (var value : stored.document(top.scoreDocs[0].doc).getValues(SearchDocuments.LINKS)) {
                        links.add(value);
                    }
                }
            }
            return links;
        });
    }

    /** Ids of documents of a type that link to any of these ids (e.g. people of an organization). */
    private Set<String> linked(IndexedType type, String ws, Collection<String> ids) throws IOException {
        return index.search(searcher -> {
            Set<String> found = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            for (String id : ids) {
                var query = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(
                                new TermQuery(new org.apache.lucene.index.Term(SearchDocuments.LINKS, id)),
                                org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .add(
                                new TermQuery(new org.apache.lucene.index.Term(SearchDocuments.WORKSPACE, ws)),
                                org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .add(
                                new TermQuery(new org.apache.lucene.index.Term(SearchDocuments.TYPE, type.wire())),
                                org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .build();
                for (var hit : searcher.search(query, 10_000).scoreDocs) {
                    found.add(stored.document(hit.doc).get(SearchDocuments.ID));
                }
            }
            return found;
        });
    }

    static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
