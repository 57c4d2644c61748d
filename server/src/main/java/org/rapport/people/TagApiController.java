package org.rapport.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People")
class TagApiController {
    private final PersonService people;

    TagApiController(PersonService people) {
        this.people = people;
    }

    record TagResponse(String name, long people) {}

    @GetMapping("/api/v1/tags")
    @Operation(summary = "The workspace's tags, by name, with how many people carry each")
    PageResponse<TagResponse> list(@AuthenticationPrincipal CurrentMember me) {
        var items = people.tags(me).stream()
                .map(e -> new TagResponse(e.getKey(), e.getValue()))
                .toList();
        return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
    }
}
