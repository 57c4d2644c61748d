package org.rapport.insights;

import org.rapport.accounts.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InsightsController {
    private final InsightsService insights;

    InsightsController(InsightsService insights) {
        this.insights = insights;
    }

    @GetMapping("/insights")
    String insights(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("active", "insights");
        model.addAttribute("insights", insights.gather(me));
        return "insights/index";
    }
}
