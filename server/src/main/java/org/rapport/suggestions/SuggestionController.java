package org.rapport.suggestions;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.WireValue;
import org.rapport.followups.ThankYous;
import org.rapport.web.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-click actions on Today's suggestions: thanked, snooze, dismiss. */
@Controller
class SuggestionController {
    static final int SNOOZE_DAYS = 7;
    static final int DISMISS_DAYS = 90;

    private final SuggestionService suggestions;
    private final ThankYous thankYous;

    SuggestionController(SuggestionService suggestions, ThankYous thankYous) {
        this.suggestions = suggestions;
        this.thankYous = thankYous;
    }

    @PostMapping("/suggestions/dismiss")
    Object dismiss(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam UUID personId,
            @RequestParam String type,
            @RequestParam(defaultValue = "" + DISMISS_DAYS) int days,
            @RequestParam(required = false) @Nullable String next,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            RedirectAttributes flash) {
        SuggestionType t = WireValue.param(SuggestionType.class, "type", type);
        if (t == null) {
            throw org.rapport.api.ValidationException.of("type", "is required");
        }
        Dismissal d = suggestions.dismiss(me, personId, t.family(), days);
        return answer(htmx, next, flash, (days <= SNOOZE_DAYS ? "Snoozed until " : "Dismissed until ") + d.until());
    }

    @PostMapping("/suggestions/thanked")
    Object thanked(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam UUID personId,
            @RequestParam(required = false) @Nullable String next,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            RedirectAttributes flash) {
        thankYous.thanked(me, personId);
        return answer(htmx, next, flash, "Thank-you noted.");
    }

    /** htmx removes the item in place (an empty answer); without JavaScript the page reloads with a message. */
    private static Object answer(
            @Nullable String htmx, @Nullable String next, RedirectAttributes flash, String message) {
        if (htmx != null) {
            return ResponseEntity.ok("");
        }
        flash.addFlashAttribute("flash", message);
        return "redirect:" + Redirects.local(next, "/");
    }
}
