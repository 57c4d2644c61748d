package org.rapport.feeds;

import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page's calendar-feed card: make or rotate the secret URL, or turn the feed off. */
@Controller
// Each member's own feed: viewers keep theirs too.
@RequiresRole(MemberRole.VIEWER)
class FeedSettingsController {
    private final FeedSecrets secrets;

    FeedSettingsController(FeedSecrets secrets) {
        this.secrets = secrets;
    }

    @PostMapping("/settings/feed")
    String rotate(@AuthenticationPrincipal CurrentMember me, RedirectAttributes flash) {
        flash.addFlashAttribute("newFeedUrl", FeedApiController.url(secrets.rotate(me)));
        return "redirect:/settings#feed";
    }

    @PostMapping("/settings/feed/disable")
    String disable(@AuthenticationPrincipal CurrentMember me, RedirectAttributes flash) {
        secrets.disable(me);
        flash.addFlashAttribute("flash", "Calendar feed turned off; its address no longer works.");
        return "redirect:/settings#feed";
    }
}
