package org.rapport.accounts;

import java.util.UUID;
import org.rapport.api.ConflictException;
import org.rapport.api.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page's Team card (owners): invite, revoke, change a role, remove a member. */
@Controller
@RequiresRole(MemberRole.OWNER)
class TeamController {
    private static final String BACK = "redirect:/settings#team";

    private final InvitationService invitations;
    private final MemberService members;

    TeamController(InvitationService invitations, MemberService members) {
        this.invitations = invitations;
        this.members = members;
    }

    /** What the page shows once after inviting: the link to send (a flash attribute, kept in the session). */
    public record NewInvitationLink(String email, String role, String link) implements java.io.Serializable {}

    @PostMapping("/settings/team/name")
    String rename(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        return attempt(flash, () -> {
            members.renameWorkspace(me, name);
            return "The workspace is now called " + name.strip() + ".";
        });
    }

    @PostMapping("/settings/team/invitations")
    String invite(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes flash) {
        try {
            var created = invitations.create(me, email, role);
            var invitation = created.invitation();
            flash.addFlashAttribute(
                    "newInvitation",
                    new NewInvitationLink(
                            invitation.email(), invitation.role().label(), TeamApiController.link(created.token())));
        } catch (ValidationException | ConflictException e) {
            flash.addFlashAttribute("teamFailure", e.getMessage());
        }
        return BACK;
    }

    @PostMapping("/settings/team/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes flash) {
        return attempt(flash, () -> {
            invitations.revoke(me, id);
            return "Invitation revoked; its link no longer works.";
        });
    }

    @PostMapping("/settings/team/members/{id}/role")
    String changeRole(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes flash) {
        return attempt(flash, () -> {
            var member = members.changeRole(me, id, role);
            return member.name() + " is now " + member.role().label() + ".";
        });
    }

    @PostMapping("/settings/team/members/{id}/remove")
    String remove(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes flash) {
        return attempt(flash, () -> {
            members.remove(me, id);
            return "Member removed; they can no longer sign in.";
        });
    }

    /** Runs a team action; its message, or the problem that stopped it, goes back to the Team card. */
    private static String attempt(RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute("teamFlash", action.get());
        } catch (ValidationException | ConflictException e) {
            flash.addFlashAttribute("teamFailure", e.getMessage());
        }
        return BACK;
    }
}
