package org.rapport.personal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personal page: who could help a friend, favours given and received, birthdays coming up. */
@Controller
class PersonalPageController {
    private final PersonalService personal;
    private final PersonService people;

    PersonalPageController(PersonalService personal, PersonService people) {
        this.personal = personal;
        this.people = people;
    }

    @GetMapping("/personal")
    String page(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String friend,
            @RequestParam(required = false) @Nullable String need,
            Model model) {
        model.addAttribute("active", "goals");
        model.addAttribute("friend", friend);
        model.addAttribute("need", need);
        if (need != null && !need.isBlank()) {
            UUID friendId = friend == null || friend.isBlank()
                    ? null
                    : people.idsNamed(me, friend.strip()).stream().findFirst().orElse(null);
            model.addAttribute("friendId", friendId);
            model.addAttribute("friendUnknown", friendId == null && friend != null && !friend.isBlank());
            model.addAttribute("helpers", personal.whoCouldHelp(me, friendId, need));
        }
        model.addAttribute("favours", personal.favours(me, 20));
        model.addAttribute("birthdays", personal.upcomingBirthdays(me, 30));
        return "personal/index";
    }

    @PostMapping("/personal/introductions")
    String introduce(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam UUID friendId,
            @RequestParam UUID helperId,
            @RequestParam(required = false) @Nullable String need,
            RedirectAttributes flash) {
        try {
            flash.addFlashAttribute(
                    "flash",
                    "Planned: "
                            + personal.planIntroduction(me, friendId, helperId, need)
                                    .title());
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/personal";
    }

    @PostMapping("/personal/birthdays")
    String birthdays(@AuthenticationPrincipal CurrentMember me, RedirectAttributes flash) {
        int created = personal.birthdayFollowUps(me, 30);
        flash.addFlashAttribute(
                "flash",
                created == 0
                        ? "Every birthday of the next 30 days already has its follow-up"
                        : "Added " + created + " birthday follow-up" + (created == 1 ? "" : "s"));
        return "redirect:/personal";
    }
}
