package org.rapport.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.ValidationException;
import org.rapport.people.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "People")
class DuplicateApiController {
    private final DuplicateService duplicates;
    private final JsonBinder binder;

    DuplicateApiController(DuplicateService duplicates, JsonBinder binder) {
        this.duplicates = duplicates;
        this.binder = binder;
    }

    record DuplicatesResponse(List<DuplicateService.Pair> items) {}

    record MergeRequest(@Nullable UUID otherId) {}

    record MergeResponse(UUID id, String displayName, int version) {}

    @GetMapping("/api/v1/people/duplicates")
    @Operation(summary = "Possible duplicates: the same name at another organization, or similar names")
    DuplicatesResponse list(@AuthenticationPrincipal CurrentMember me) {
        return new DuplicatesResponse(duplicates.possibleDuplicates(me));
    }

    @PostMapping("/api/v1/people/{id}/merge")
    @Operation(
            summary = "Merge another person into this one",
            description = "Fills what this person lacks, unions emails, phones, links, addresses, tags and roles, moves"
                    + " encounters, follow-ups and connections, then deletes the other person. Body: {\"otherId\": …}")
    MergeResponse merge(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, @RequestBody JsonNode body) {
        MergeRequest request = binder.bind(body, MergeRequest.class);
        if (request.otherId() == null) {
            throw ValidationException.of("otherId", "is required: the id of the person to merge into this one");
        }
        Person merged = duplicates.merge(me, id, request.otherId());
        return new MergeResponse(merged.id(), merged.displayName(), (int) merged.version());
    }
}
