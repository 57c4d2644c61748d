package org.rapport.events;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fast "met people at an event" form: what was typed stays in the form when a line is wrong. */
@Controller
class EventPageController {
    private final EventService events;

    EventPageController(EventService events) {
        this.events = events;
    }

    @GetMapping("/events/met")
    String form(Model model) {
        model.addAttribute("active", "goals");
        return "events/met";
    }

    @PostMapping("/events/met")
    String met(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String event,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "") String lines,
            Model model,
            RedirectAttributes flash) {
        try {
            var met = events.met(me, event, on, null, lines);
            flash.addFlashAttribute(
                    "flash",
                    "Logged " + met.people().size() + " people at " + event.strip() + " (" + met.newPeople()
                            + " new); follow-ups are due " + met.followUpOn());
            return "redirect:/follow-ups";
        } catch (ValidationException e) {
            model.addAttribute("active", "goals");
            model.addAttribute("errors", e.errors());
            model.addAttribute("event", event);
            model.addAttribute("on", on);
            model.addAttribute("lines", lines);
            return "events/met";
        }
    }
}
