package org.rapport.accounts;

import java.util.UUID;
import org.rapport.api.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Profile, password and API tokens (the page itself is composed in home.SettingsPageController). */
@Controller
// The member's own profile, password and tokens: viewers manage theirs too.
@RequiresRole(MemberRole.VIEWER)
class SettingsController {
    private final AccountService accounts;
    private final ApiTokenService tokens;

    SettingsController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @PostMapping("/settings/profile")
    String profile(@AuthenticationPrincipal CurrentMember me, @RequestParam String name, RedirectAttributes flash) {
        try {
            accounts.rename(me, name);
            flash.addFlashAttribute("flash", "Saved.");
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/settings";
    }

    @PostMapping("/settings/password")
    String password(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            RedirectAttributes flash) {
        try {
            accounts.changePassword(me, currentPassword, newPassword);
            flash.addFlashAttribute("flash", "Your password is changed.");
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens")
    String createToken(@AuthenticationPrincipal CurrentMember me, @RequestParam String name, RedirectAttributes flash) {
        try {
            var token = tokens.create(me, name);
            flash.addFlashAttribute("newToken", token);
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes flash) {
        tokens.revoke(me, id);
        flash.addFlashAttribute("flash", "Token revoked.");
        return "redirect:/settings";
    }
}
