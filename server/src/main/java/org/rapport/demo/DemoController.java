package org.rapport.demo;

import java.time.LocalDate;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first-run page's "load the demo network" button. */
@Controller
class DemoController {
    private final DemoNetworkService demo;

    DemoController(DemoNetworkService demo) {
        this.demo = demo;
    }

    @PostMapping("/demo")
    String load(@AuthenticationPrincipal CurrentMember me, RedirectAttributes flash) {
        try {
            var loaded = demo.load(me, LocalDate.now());
            flash.addFlashAttribute(
                    "flash",
                    "Loaded the demo network: " + loaded.people() + " people, " + loaded.encounters()
                            + " encounters and their follow-ups.");
        } catch (ConflictException e) {
            flash.addFlashAttribute("flash", "Your workspace already has people, so the demo network was not loaded.");
        }
        return "redirect:/";
    }
}
