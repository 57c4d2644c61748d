package org.rapport.followups;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.api.WireValue;
import org.rapport.people.PersonService;
import org.rapport.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-ups page and the one-click actions used on Today and a person's page. */
@Controller
class FollowUpController {
    private final FollowUpService followUps;
    private final PersonService people;

    FollowUpController(FollowUpService followUps, PersonService people) {
        this.followUps = followUps;
        this.people = people;
    }

    @GetMapping("/follow-ups")
    String list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        FollowUpStatus shown = Objects.requireNonNullElse(
                WireValue.param(FollowUpStatus.class, "status", status), FollowUpStatus.OPEN);
        var items = followUps.list(me, new FollowUpService.Query(shown, null, null, null), PageRequest.of(page, 50));
        Set<UUID> named = new HashSet<>();
        items.items().forEach(f -> {
            if (f.personId() != null) {
                named.add(f.personId());
            }
        });
        model.addAttribute("active", "follow-ups");
        model.addAttribute("status", shown);
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("types", FollowUpType.values());
        model.addAttribute("followUps", items);
        model.addAttribute("names", people.displayNames(me.workspace(), named));
        return "followups/list";
    }

    @PostMapping("/follow-ups/{id}/done")
    Object done(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String next,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            RedirectAttributes flash) {
        FollowUp f = followUps.complete(me, id);
        return answer(htmx, next, flash, "Done: " + f.title());
    }

    @PostMapping("/follow-ups/{id}/dismiss")
    Object dismiss(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String next,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            RedirectAttributes flash) {
        FollowUp f = followUps.dismiss(me, id);
        return answer(htmx, next, flash, "Dismissed: " + f.title());
    }

    @PostMapping("/follow-ups/{id}/snooze")
    Object snooze(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "7") int days,
            @RequestParam(required = false) @Nullable String next,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            RedirectAttributes flash) {
        FollowUp f = followUps.snooze(me, id, Math.max(1, Math.min(days, 365)));
        return answer(htmx, next, flash, "Snoozed to " + f.dueOn() + ": " + f.title());
    }

    /** htmx removes the item in place (an empty answer); without JavaScript the page reloads with a message. */
    private static Object answer(
            @Nullable String htmx, @Nullable String next, RedirectAttributes flash, String message) {
        if (htmx != null) {
            return ResponseEntity.status(HttpStatus.OK).body("");
        }
        flash.addFlashAttribute("flash", message);
        return "redirect:" + Redirects.local(next, "/follow-ups");
    }
}
