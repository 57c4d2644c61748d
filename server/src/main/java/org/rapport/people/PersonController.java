package org.rapport.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.organizations.Organization;
import org.rapport.organizations.OrganizationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The people list: search as you type, filters, sort and pages. */
@Controller
class PersonController {
    static final int PAGE_SIZE = 50;

    private final PersonService people;
    private final OrganizationService organizations;

    PersonController(PersonService people, OrganizationService organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping("/people")
    String list(
            @AuthenticationPrincipal CurrentMember me,
            PeopleQuery query,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestHeader(value = "HX-Target", required = false) @Nullable String htmxTarget,
            Model model) {
        var filter = query.toFilter(atOrganization(me, query.organization()), LocalDate.now());
        var result = people.list(me, filter, PageRequest.of(page, PAGE_SIZE));
        model.addAttribute("active", "people");
        model.addAttribute("query", query);
        model.addAttribute("people", result);
        model.addAttribute("tiers", ClosenessTier.values());
        model.addAttribute("sorts", PersonFilter.Sort.values());
        model.addAttribute("tags", people.tags(me));
        // A search-as-you-type request only needs the results, not the whole page.
        return "people-results".equals(htmxTarget) ? "people/list :: results" : "people/list";
    }

    @GetMapping(value = "/people/options")
    String options(@AuthenticationPrincipal CurrentMember me, @RequestParam Map<String, String> params, Model model) {
        // The typed text arrives under the input's own name (participantNames, gave[0].person, q…).
        String q =
                params.values().stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
        var filter = new PersonFilter(q, null, null, null, null, null, PersonFilter.Sort.NAME);
        model.addAttribute(
                "options",
                q == null || q.isBlank()
                        ? List.of()
                        : people.list(me, filter, PageRequest.of(0, 10)).items());
        return "people/options :: options";
    }

    /** People with a role at any organization whose name contains the text; null when not narrowing. */
    private @Nullable List<UUID> atOrganization(CurrentMember me, @Nullable String organization) {
        if (organization == null || organization.isBlank()) {
            return null;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (Organization o :
                organizations.list(me, organization, PageRequest.of(0, 50)).items()) {
            ids.addAll(organizations.peopleAt(me, o.id(), false));
        }
        return new ArrayList<>(ids);
    }
}
