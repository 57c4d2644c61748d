package org.rapport.home;

import org.rapport.accounts.ApiTokenService;
import org.rapport.accounts.CurrentMember;
import org.rapport.feeds.FeedSecrets;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The settings page: the account's (profile, password, tokens) and the workspace's cadence defaults. */
@Controller
class SettingsPageController {
    private final ApiTokenService tokens;
    private final PersonService people;
    private final FeedSecrets feeds;

    SettingsPageController(ApiTokenService tokens, PersonService people, FeedSecrets feeds) {
        this.tokens = tokens;
        this.people = people;
        this.feeds = feeds;
    }

    @GetMapping("/settings")
    String settings(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("active", "settings");
        model.addAttribute("tokens", tokens.list(me));
        model.addAttribute("cadence", people.defaults(me));
        model.addAttribute("feedSince", feeds.createdAt(me).orElse(null));
        return "settings/settings";
    }
}
