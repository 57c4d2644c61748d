package org.rapport.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rapport.api.WireValue;
import org.springframework.web.util.UriUtils;

/** The people page's filters as they appear in its URL, so every page link keeps them. */
public record PeopleQuery(
        @Nullable String q,
        @Nullable String kind,
        @Nullable String tag,
        @Nullable String organization,
        @Nullable String tier,
        @Nullable Boolean overdue,
        @Nullable String sort) {

    PersonFilter toFilter(@Nullable List<UUID> atOrganization, LocalDate today) {
        return new PersonFilter(
                blankToNull(q),
                WireValue.param(Kind.class, "kind", kind),
                blankToNull(tag),
                atOrganization,
                WireValue.param(ClosenessTier.class, "tier", tier),
                // Due from the cadence on (overdue, at 1.5 x the cadence, is a subset): see KeepInTouch.
                isOverdue() ? today : null,
                java.util.Objects.requireNonNullElse(
                        WireValue.param(PersonFilter.Sort.class, "sort", sort),
                        isOverdue() ? PersonFilter.Sort.NEXT_DUE : PersonFilter.Sort.NAME));
    }

    /** "?q=ana&kind=job_search&page=2" with only the filters that are set. */
    public String link(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "kind", kind);
        put(params, "tag", tag);
        put(params, "organization", organization);
        put(params, "tier", tier);
        if (isOverdue()) {
            params.put("overdue", "true");
        }
        put(params, "sort", sort);
        if (page > 0) {
            params.put("page", String.valueOf(page));
        }
        return "/people"
                + (params.isEmpty()
                        ? ""
                        : params.entrySet().stream()
                                .map(e -> e.getKey() + "="
                                        + UriUtils.encodeQueryParam(
                                                e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&", "?", "")));
    }

    public boolean narrowed() {
        return blankToNull(q) != null
                || blankToNull(kind) != null
                || blankToNull(tag) != null
                || blankToNull(organization) != null
                || blankToNull(tier) != null
                || isOverdue();
    }

    public boolean isOverdue() {
        return Boolean.TRUE.equals(overdue);
    }

    private static void put(Map<String, String> params, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value.strip());
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
