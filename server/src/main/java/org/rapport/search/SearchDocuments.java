package org.rapport.search;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/** The fields of the index and the documents built from people, organizations and encounters. */
final class SearchDocuments {
    static final String KEY = "key";
    static final String WORKSPACE = "ws";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String TITLE = "title";
    /** The folded title, stored so ranking can break ties without analysing titles per query. */
    static final String SORT = "sort";

    static final String RECENCY = "recency";
    /**
     * Type, id, title and sort key in one doc value, so ranking 60 candidates reads no stored
     * documents (each read decompresses a block): type, id and the title's length separated by
     * U+0001, then the title and the sort key (the title may hold any character).
     */
    static final String SUMMARY = "summary";
    /** Doc values longer than this are refused by Lucene; such documents go without a summary. */
    static final int MAX_SUMMARY_BYTES = 32_000;

    static final String LINKS = "links";
    static final String NAME_EXACT = "name_exact";
    static final String MEMBER = "member";
    /** Searchable text fields, stored for snippets; {@link #NAME} ranks highest. */
    static final String NAME = "name";

    static final String GAVE = "gave";
    static final String NOTES = "notes";
    static final String TITLES = "titles";
    static final String ORGANIZATIONS = "organizations";
    static final String TAGS = "tags";
    static final String CONTACT = "contact";
    static final String TOPICS = "topics";
    static final String PEOPLE = "people";
    static final List<String> TEXT_FIELDS =
            List.of(NAME, GAVE, NOTES, TITLES, ORGANIZATIONS, TAGS, CONTACT, TOPICS, PEOPLE);

    private SearchDocuments() {}

    /**
     * A person's field for what came from one member's encounters ("gave.MEMBER"): encounters are
     * private to the member who logged them, and so is what the index learned from them.
     */
    static String own(String field, String memberId) {
        return field + "." + memberId;
    }

    static String key(IndexedType type, String ws, String id) {
        return type.wire() + ":" + ws + ":" + id;
    }

    static Term keyTerm(IndexedType type, String ws, String id) {
        return new Term(KEY, key(type, ws, id));
    }

    static Document person(String ws, IndexedPerson p) {
        Document doc = common(IndexedType.PERSON, ws, p.id(), p.displayName(), p.lastContact());
        List<String> names = Stream.of(p.displayName(), p.givenName(), p.familyName())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        // The given and family names only when the display name lacks them ("Pepe" for José).
        String folded = SearchAnalyzer.folded(p.displayName());
        text(
                doc,
                NAME,
                names.stream()
                        .filter(n -> n.equals(p.displayName()) || !folded.contains(SearchAnalyzer.folded(n)))
                        .toList());
        doc.add(new StringField(NAME_EXACT, folded, Field.Store.NO));
        if (p.givenName() != null && p.familyName() != null) {
            doc.add(new StringField(
                    NAME_EXACT, SearchAnalyzer.folded(p.givenName() + " " + p.familyName()), Field.Store.NO));
        }
        p.gave().forEach(g -> text(doc, own(GAVE, g.memberId()), g.text()));
        text(doc, NOTES, p.notes());
        text(doc, TITLES, p.titles());
        text(doc, ORGANIZATIONS, p.organizations().stream().distinct().toList());
        text(doc, TAGS, p.tags());
        text(doc, CONTACT, p.contacts());
        p.encounters().stream().distinct().forEach(m -> text(doc, own(TOPICS, m.memberId()), m.text()));
        links(doc, p.organizationIds());
        return doc;
    }

    static Document organization(String ws, IndexedOrganization o) {
        Document doc = common(IndexedType.ORGANIZATION, ws, o.id(), o.name(), null);
        text(doc, NAME, o.name());
        doc.add(new StringField(NAME_EXACT, SearchAnalyzer.folded(o.name()), Field.Store.NO));
        text(
                doc,
                NOTES,
                Stream.of(o.notes(), o.website()).filter(Objects::nonNull).toList());
        return doc;
    }

    static Document encounter(String ws, IndexedEncounter e) {
        Document doc = common(IndexedType.ENCOUNTER, ws, e.id(), e.displayTitle(), e.occurredAt());
        doc.add(new StringField(MEMBER, e.memberId(), Field.Store.NO));
        text(doc, NAME, e.title());
        text(doc, NOTES, e.notes());
        text(doc, TOPICS, e.topics());
        text(doc, GAVE, Stream.concat(e.gave().stream(), e.received().stream()).toList());
        text(doc, PEOPLE, e.participants());
        links(doc, e.personIds());
        return doc;
    }

    /** Type, id, title and sort key from a {@link #SUMMARY} value. */
    static String[] summary(String value) {
        int afterType = value.indexOf('\u0001');
        int afterId = value.indexOf('\u0001', afterType + 1);
        int afterLength = value.indexOf('\u0001', afterId + 1);
        int titleEnd = afterLength + 1 + Integer.parseInt(value.substring(afterId + 1, afterLength));
        return new String[] {
            value.substring(0, afterType),
            value.substring(afterType + 1, afterId),
            value.substring(afterLength + 1, titleEnd),
            value.substring(titleEnd)
        };
    }

    private static Document common(IndexedType type, String ws, String id, String title, @Nullable Long recency) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(type, ws, id), Field.Store.NO));
        doc.add(new StringField(WORKSPACE, ws, Field.Store.NO));
        doc.add(new StringField(TYPE, type.wire(), Field.Store.YES));
        doc.add(new StoredField(ID, id));
        doc.add(new StoredField(TITLE, title));
        String sort = SearchAnalyzer.folded(title);
        doc.add(new StoredField(SORT, sort));
        byte[] summary = (type.wire() + "\u0001" + id + "\u0001" + title.length() + "\u0001" + title + sort)
                .getBytes(StandardCharsets.UTF_8);
        if (summary.length <= MAX_SUMMARY_BYTES) {
            doc.add(new BinaryDocValuesField(SUMMARY, new BytesRef(summary)));
        }
        if (recency != null) {
            doc.add(new NumericDocValuesField(RECENCY, recency));
            doc.add(new StoredField(RECENCY, recency));
        }
        return doc;
    }

    private static void text(Document doc, String field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.YES));
        }
    }

    private static void text(Document doc, String field, Collection<String> values) {
        values.forEach(v -> text(doc, field, v));
    }

    private static void links(Document doc, Collection<String> ids) {
        ids.stream().distinct().forEach(id -> doc.add(new StringField(LINKS, id, Field.Store.YES)));
    }
}
