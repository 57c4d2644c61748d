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
import org.rapport.api.ValidationException;
import org.rapport.api.WireValue;
import org.rapport.organizations.Organization;
import org.rapport.organizations.OrganizationService;
import org.rapport.web.Redirects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people list: search as you type, filters, sort and pages. */
@Controller
class PersonController {
    static final int PAGE_SIZE = 50;

    private final PersonService people;
    private final OrganizationService organizations;
    private final BulkEdit bulk;

    PersonController(PersonService people, OrganizationService organizations, BulkEdit bulk) {
        this.people = people;
        this.organizations = organizations;
        this.bulk = bulk;
    }

    @PostMapping("/people/bulk")
    String bulk(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable List<UUID> ids,
            @RequestParam String action,
            @RequestParam(required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String next,
            RedirectAttributes flash) {
        try {
            BulkEdit.Action chosen = WireValue.param(BulkEdit.Action.class, "action", action);
            if (chosen == null) {
                throw ValidationException.of("action", "choose what to do");
            }
            var done = bulk.apply(me, ids == null ? List.of() : ids, chosen, value);
            flash.addFlashAttribute("flash", done.summary() + ".");
            flash.addFlashAttribute("undoId", done.undoId());
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:" + Redirects.local(next, "/people");
    }

    @PostMapping("/people/bulk/{undoId}/undo")
    String undo(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID undoId,
            @RequestParam(required = false) @Nullable String next,
            RedirectAttributes flash) {
        flash.addFlashAttribute("flash", bulk.undo(me, undoId) + ".");
        return "redirect:" + Redirects.local(next, "/people");
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
