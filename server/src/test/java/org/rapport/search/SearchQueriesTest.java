package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The queries against a small in-memory index, without Spring or a database. */
class SearchQueriesTest {
    private static final String WS = "ws-1";

    @Test
    void exactBeatsPrefixBeatsTypoAndOtherWorkspacesNeverMatch() throws IOException {
        List<Document> docs = List.of(
                SearchDocuments.person(WS, person("1", "Ava Stone")),
                SearchDocuments.person(WS, person("2", "Anabel Soto")),
                SearchDocuments.person(WS, person("3", "Ana Ruiz")),
                SearchDocuments.person("ws-2", person("4", "Ana Other")));
        assertThat(ids(docs, SearchQueries.search(WS, "m1", List.of("ana"), List.of(IndexedType.values()))))
                .containsExactly("3", "2", "1");
    }

    @Test
    void accentsFoldAndEveryWordMustMatch() throws IOException {
        List<Document> docs = List.of(
                SearchDocuments.person(WS, person("1", "José Núñez")),
                SearchDocuments.person(WS, person("2", "José Pérez")));
        List<IndexedType> all = List.of(IndexedType.values());
        assertThat(ids(docs, SearchQueries.search(WS, "m1", SearchQueries.terms("NUÑEZ"), all)))
                .containsExactly("1");
        assertThat(ids(docs, SearchQueries.search(WS, "m1", SearchQueries.terms("jose nu"), all)))
                .containsExactly("1");
        assertThat(ids(docs, SearchQueries.search(WS, "m1", SearchQueries.terms("jose"), all)))
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void encountersAndWhatPeopleGaveInThemAreTheLoggingMembersOwn() throws IOException {
        var gift = new IndexedPerson.Gift("m1", "advice", "kiln temperatures", java.time.LocalDate.of(2026, 1, 2));
        var builder = new IndexedPerson.Builder("1", "Pat Potter", null, null, null, null);
        builder.gave.add(gift);
        var encounter = new IndexedEncounter.Builder(
                        "2", "Kiln talk", null, List.of(), 0, java.time.LocalDate.of(2026, 1, 2), "m1")
                .build();
        List<Document> docs =
                List.of(SearchDocuments.person(WS, builder.build()), SearchDocuments.encounter(WS, encounter));
        List<IndexedType> all = List.of(IndexedType.values());
        assertThat(ids(docs, SearchQueries.search(WS, "m1", List.of("kiln"), all)))
                .containsExactlyInAnyOrder("1", "2");
        assertThat(ids(docs, SearchQueries.search(WS, "m2", List.of("kiln"), all)))
                .isEmpty();
        assertThat(ids(docs, SearchQueries.experts(WS, "m1", List.of("kiln")))).containsExactly("1");
        assertThat(ids(docs, SearchQueries.experts(WS, "m2", List.of("kiln")))).isEmpty();
    }

    private static IndexedPerson person(String id, String name) {
        return new IndexedPerson.Builder(id, name, null, null, null, null).build();
    }

    private static List<String> ids(List<Document> docs, Query query) throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzer.INSTANCE))) {
                for (Document doc : docs) {
                    writer.addDocument(doc);
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (var hit : searcher.search(query, 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get(SearchDocuments.ID));
                }
                return ids;
            }
        }
    }
}
