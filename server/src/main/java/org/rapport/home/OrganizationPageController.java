package org.rapport.home;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.network.IntroductionService;
import org.rapport.organizations.Organization;
import org.rapport.organizations.OrganizationService;
import org.rapport.organizations.Role;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Organizations and the people there now and before (people's names come from the people module). */
@Controller
class OrganizationPageController {
    private final OrganizationService organizations;
    private final PersonService people;
    private final IntroductionService introductions;

    OrganizationPageController(
            OrganizationService organizations, PersonService people, IntroductionService introductions) {
        this.organizations = organizations;
        this.people = people;
        this.introductions = introductions;
    }

    /** Someone's role here, with their name. */
    record Member(UUID personId, String name, Role role) {}

    @GetMapping("/organizations")
    String list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("active", "organizations");
        model.addAttribute("q", q);
        model.addAttribute("organizations", organizations.list(me, q, PageRequest.of(page, 50)));
        return "organizations/list";
    }

    @GetMapping("/organizations/{id}")
    String show(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, Model model) {
        Organization organization = organizations.get(me, id);
        List<UUID> everyone = organizations.peopleAt(me, id, false);
        Map<UUID, String> names = people.displayNames(me.workspace(), everyone);
        List<Member> roles = organizations.rolesOf(me.workspace(), everyone).values().stream()
                .flatMap(List::stream)
                .filter(r -> r.organizationId().equals(id))
                .map(r -> new Member(r.personId(), names.getOrDefault(r.personId(), "?"), r))
                .sorted(java.util.Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        model.addAttribute("active", "organizations");
        model.addAttribute("organization", organization);
        model.addAttribute(
                "now", roles.stream().filter(m -> m.role().isCurrent()).toList());
        model.addAttribute(
                "before", roles.stream().filter(m -> !m.role().isCurrent()).toList());
        model.addAttribute(
                "reach",
                introductions
                        .toOrganization(me, id, IntroductionService.MAX_PATHS, 3)
                        .paths());
        return "organizations/show";
    }
}
