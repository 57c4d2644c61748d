package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class SearchDocumentsTest {
    @Test
    void theSummaryDocValueGivesBackTypeIdTitleAndSortKeyWhateverTheTitleHolds() {
        String id = UUID.randomUUID().toString();
        for (String title : List.of("José Núñez", "", "a\u0001b", "12\u00013\u0001")) {
            var doc = SearchDocuments.organization("ws", new IndexedOrganization(id, title, null, null));
            IndexableField field = doc.getField(SearchDocuments.SUMMARY);
            assertThat(field).isInstanceOf(BinaryDocValuesField.class);
            String[] summary = SearchDocuments.summary(field.binaryValue().utf8ToString());
            assertThat(summary).containsExactly("organization", id, title, SearchAnalyzer.folded(title));
        }
    }

    @Test
    void aTitleTooLongForADocValueLeavesTheSummaryToTheStoredFields() {
        String title = "x".repeat(SearchDocuments.MAX_SUMMARY_BYTES);
        var doc = SearchDocuments.organization("ws", new IndexedOrganization("id", title, null, null));
        assertThat(doc.getField(SearchDocuments.SUMMARY)).isNull();
        assertThat(doc.get(SearchDocuments.TITLE).getBytes(StandardCharsets.UTF_8))
                .hasSize(title.length());
    }
}
