package org.rapport.home;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, the four kinds, the tiers, today. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {
    @ModelAttribute("me")
    @Nullable
    CurrentMember me(@AuthenticationPrincipal @Nullable CurrentMember me) {
        return me;
    }

    @ModelAttribute("kinds")
    List<Kind> kinds() {
        return List.of(Kind.values());
    }

    /** Closeness tiers and their default cadences, for forms and settings. */
    @ModelAttribute("tiers")
    List<ClosenessTier> tiers() {
        return List.of(ClosenessTier.values());
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now();
    }
}
