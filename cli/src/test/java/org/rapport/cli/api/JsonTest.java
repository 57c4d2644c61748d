package org.rapport.cli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object v = Json.parse(
                " {\"s\": \"a\\\"b\\\\c\\n\\u00e9\", \"n\": -12, \"big\": 12345678901234567890, \"f\": 0.42, \"e\": 1e3,"
                        + " \"t\": true, \"no\": false, \"nil\": null, \"list\": [1, [], {}], \"o\": {\"x\": \"y\"}} ");
        Map<String, Object> m = Json.object(v);
        assertThat(m.get("s")).isEqualTo("a\"b\\c\né");
        assertThat(m.get("n")).isEqualTo(-12L);
        assertThat(m.get("big")).isEqualTo(new BigDecimal("12345678901234567890"));
        assertThat(m.get("f")).isEqualTo(new BigDecimal("0.42"));
        assertThat(m.get("e")).isEqualTo(new BigDecimal("1e3"));
        assertThat(m.get("t")).isEqualTo(true);
        assertThat(m.get("no")).isEqualTo(false);
        assertThat(m).containsEntry("nil", null);
        assertThat(Json.list(m, "list")).containsExactly(1L, List.of(), Map.of());
        assertThat(Json.text(Json.object(m, "o"), "x")).isEqualTo("y");
        assertThat(m.keySet()).startsWith("s", "n", "big");
    }

    @Test
    void writesWhatItReadsAndEscapesControlCharacters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "José \"Pepe\" Núñez\t\u0001");
        m.put("ids", List.of(1L, 2L));
        m.put("none", null);
        m.put("nested", Map.of("ok", true));
        String compact = Json.write(m);
        assertThat(compact)
                .isEqualTo(
                        "{\"name\":\"José \\\"Pepe\\\" Núñez\\t\\u0001\",\"ids\":[1,2],\"none\":null,\"nested\":{\"ok\":true}}");
        assertThat(Json.parse(compact)).isEqualTo(m);
        assertThat(Json.parse(Json.pretty(m))).isEqualTo(m);
        assertThat(Json.pretty(List.of())).isEqualTo("[]");
        assertThat(Json.pretty(List.of(Map.of("a", 1L)))).isEqualTo("[\n  {\n    \"a\": 1\n  }\n]");
    }

    @Test
    void malformedInputIsRefusedWithWhere() {
        for (String bad : new String[] {"", "{", "[1,]", "{\"a\" 1}", "\"open", "tru", "{} x", "\"\\q\"", "-"}) {
            assertThatThrownBy(() -> Json.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("malformed JSON at character");
        }
    }

    @Test
    void missingFieldsReadAsEmpty() {
        assertThat(Json.object("not an object")).isEmpty();
        assertThat(Json.list(Map.of(), "items")).isEmpty();
        assertThat(Json.text(Map.of(), "title")).isEmpty();
    }
}
