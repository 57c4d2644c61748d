package org.rapport.home;

import java.util.List;
import org.rapport.accounts.ApiTokenService;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.InvitationService;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.MemberService;
import org.rapport.feeds.FeedSecrets;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The settings page: the account's (profile, password, tokens), the team (members, invitations) and
 * the workspace's cadence defaults.
 */
@Controller
class SettingsPageController {
    private final ApiTokenService tokens;
    private final PersonService people;
    private final FeedSecrets feeds;
    private final MemberService members;
    private final InvitationService invitations;

    SettingsPageController(
            ApiTokenService tokens,
            PersonService people,
            FeedSecrets feeds,
            MemberService members,
            InvitationService invitations) {
        this.tokens = tokens;
        this.people = people;
        this.feeds = feeds;
        this.members = members;
        this.invitations = invitations;
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("active", "settings");
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("cadence", people.defaults(me));
        model.addAttribute("feedSince", feeds.createdAt(me).orElse(null));
        model.addAttribute("workspaceName", members.workspaceName(me));
        model.addAttribute("members", members.list(me));
        model.addAttribute("roles", List.of(MemberRole.OWNER, MemberRole.EDITOR, MemberRole.VIEWER));
        model.addAttribute("invitations", me.isOwner() ? invitations.listPending(me) : List.of());
        return "settings/settings";
    }
}
