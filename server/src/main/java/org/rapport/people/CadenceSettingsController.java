package org.rapport.people;

import java.util.EnumMap;
import java.util.Map;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings form for keep-in-touch defaults: fields tier.close=30, kind.job_search=14 (empty: none). */
@Controller
class CadenceSettingsController {
    private final PersonService people;

    CadenceSettingsController(PersonService people) {
        this.people = people;
    }

    @PostMapping("/settings/cadence")
    @RequiresRole(MemberRole.OWNER)
    String save(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        Map<ClosenessTier, Integer> tiers = new EnumMap<>(ClosenessTier.class);
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        try {
            for (ClosenessTier t : ClosenessTier.values()) {
                String v = form.getOrDefault("tier." + t.wire(), "").strip();
                tiers.put(t, v.isEmpty() ? t.defaultCadenceDays() : days("tiers." + t.wire(), v));
            }
            for (Kind k : Kind.values()) {
                String v = form.getOrDefault("kind." + k.wire(), "").strip();
                if (!v.isEmpty()) {
                    kinds.put(k, days("kinds." + k.wire(), v));
                }
            }
            people.changeDefaults(me, new CadenceDefaults(tiers, kinds));
            flash.addFlashAttribute("flash", "Saved. Next-contact dates follow the new defaults.");
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/settings";
    }

    private static int days(String field, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "must be a number of days");
        }
    }
}
