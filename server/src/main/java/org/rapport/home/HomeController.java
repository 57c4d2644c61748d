package org.rapport.home;

import java.time.LocalDate;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.people.PersonFilter;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final PersonService people;
    private final FollowUpService followUps;

    HomeController(PersonService people, FollowUpService followUps) {
        this.people = people;
        this.followUps = followUps;
    }

    @GetMapping("/")
    String today(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute(
                "peopleCount",
                people.list(me, PersonFilter.ALL, PageRequest.of(0, 1)).total());
        model.addAttribute(
                "due",
                followUps
                        .list(
                                me,
                                new FollowUpService.Query(
                                        FollowUpStatus.OPEN, LocalDate.now().plusDays(1), null, null),
                                PageRequest.of(0, 20))
                        .items());
        return "home/today";
    }
}
