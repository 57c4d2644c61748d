package org.rapport.cli.api;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes the values {@link Json} reads, compact ({@code indent < 0}) or indented. */
final class JsonWriter {
    private JsonWriter() {}

    static void write(Object value, StringBuilder out, int indent, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            container(map.entrySet().iterator(), '{', '}', out, indent, depth);
        } else if (value instanceof List<?> list) {
            container(list.iterator(), '[', ']', out, indent, depth);
        } else {
            string(value.toString(), out);
        }
    }

    private static void container(Iterator<?> items, char open, char close, StringBuilder out, int indent, int depth) {
        out.append(open);
        boolean first = true;
        while (items.hasNext()) {
            Object item = items.next();
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, indent, depth + 1);
            if (item instanceof Map.Entry<?, ?> e) {
                string(String.valueOf(e.getKey()), out);
                out.append(indent < 0 ? ":" : ": ");
                write(e.getValue(), out, indent, depth + 1);
            } else {
                write(item, out, indent, depth + 1);
            }
        }
        if (!first) {
            newline(out, indent, depth);
        }
        out.append(close);
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
