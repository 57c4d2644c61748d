package org.rapport.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.JsonBinder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "People")
class CadenceApiController {
    private final PersonService people;
    private final JsonBinder binder;

    CadenceApiController(PersonService people, JsonBinder binder) {
        this.people = people;
        this.binder = binder;
    }

    /** Days per closeness tier and per kind, e.g. {"tiers": {"close": 21}, "kinds": {"job_search": 14}}. */
    record CadenceBody(
            @Nullable Map<ClosenessTier, Integer> tiers,
            @Nullable Map<Kind, Integer> kinds) {
        static CadenceBody from(CadenceDefaults d) {
            return new CadenceBody(d.tiers(), d.kinds());
        }
    }

    @GetMapping("/api/v1/settings/cadence")
    @Operation(summary = "The workspace's keep-in-touch defaults, by closeness tier and by kind (days)")
    CadenceBody get(@AuthenticationPrincipal CurrentMember me) {
        return CadenceBody.from(people.defaults(me));
    }

    @PutMapping("/api/v1/settings/cadence")
    @RequiresRole(MemberRole.OWNER)
    @Operation(
            summary = "Replace the defaults; tiers left out keep their built-in days, kinds left out have none",
            description = "Every next-contact date that depends on a default moves with it.")
    CadenceBody put(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = CadenceBody.class)))
                    @RequestBody
                    JsonNode body) {
        CadenceBody b = binder.bind(body, CadenceBody.class);
        Map<ClosenessTier, Integer> tiers =
                new EnumMap<>(CadenceDefaults.standard().tiers());
        if (b.tiers() != null) {
            tiers.putAll(b.tiers());
        }
        return CadenceBody.from(
                people.changeDefaults(me, new CadenceDefaults(tiers, b.kinds() == null ? Map.of() : b.kinds())));
    }
}
