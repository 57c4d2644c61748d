package org.rapport.goals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.people.Person;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advice-request composer with its live checker (htmx swaps the checker as you type; without
 * JavaScript the Check button reloads the page), logging what was sent, replies, the one follow-up,
 * and the advice conversation with its "who else should I talk to?".
 */
@Controller
class OutreachPageController {
    private final GoalService goals;
    private final OutreachService outreach;
    private final PersonService people;

    OutreachPageController(GoalService goals, OutreachService outreach, PersonService people) {
        this.goals = goals;
        this.outreach = outreach;
        this.people = people;
    }

    /** The composer's state: who it goes to, the message, what the checker says, and a mailto: link. */
    record Draft(
            @Nullable UUID personId, String connection, String message, OutreachChecker.Result check, String mailto) {}

    @GetMapping("/goals/{id}/outreach/new")
    String compose(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID personId,
            Model model) {
        Goal goal = goals.get(me, id);
        Person to = personId == null ? null : people.find(me, personId).orElse(null);
        String connection = "";
        if (to != null && to.introducedById() != null) {
            connection = people.displayNames(me.workspace(), List.of(to.introducedById()))
                    .getOrDefault(to.introducedById(), "");
        }
        String message = template(to, connection);
        return page(me, goal, draft(me, to == null ? null : to.id(), connection, message), model);
    }

    @PostMapping("/goals/{id}/outreach/check")
    String check(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(defaultValue = "") String connection,
            @RequestParam(defaultValue = "") String message,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        Goal goal = goals.get(me, id);
        page(me, goal, draft(me, personId, connection, message), model);
        return htmx != null ? "goals/compose :: checker" : "goals/compose";
    }

    @PostMapping("/goals/{id}/outreach")
    String logSent(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes flash) {
        return GoalPageController.attempt(id, flash, () -> {
            Outreach o = outreach.logSent(me, id, personId, message);
            return "Logged your advice request to "
                    + people.displayNames(me.workspace(), List.of(o.personId())).getOrDefault(o.personId(), "them")
                    + ": awaiting a reply";
        });
    }

    @PostMapping("/goals/{id}/outreach/{outreachId}/reply")
    String replied(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID outreachId,
            RedirectAttributes flash) {
        return GoalPageController.attempt(id, flash, () -> {
            outreach.markReplied(me, id, outreachId, null);
            return "Marked as answered";
        });
    }

    @PostMapping("/goals/{id}/outreach/{outreachId}/follow-up")
    String followedUp(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID outreachId,
            RedirectAttributes flash) {
        return GoalPageController.attempt(id, flash, () -> {
            outreach.logFollowUp(me, id, outreachId, null);
            return "Logged the follow-up; that was the one the routine asks for";
        });
    }

    @GetMapping("/goals/{id}/entries/{entryId}/conversation")
    String conversationForm(
            @AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        Entry entry = goals.entry(me, id, entryId);
        if (entry.isOrganization()) {
            throw new org.rapport.api.NotFoundException("entry", entryId);
        }
        model.addAttribute("active", "goals");
        model.addAttribute("goal", goals.get(me, id));
        model.addAttribute("entry", entry);
        model.addAttribute(
                "advisor",
                people.displayNames(me.workspace(), List.of(entry.personId())).getOrDefault(entry.personId(), "them"));
        return "goals/conversation";
    }

    @PostMapping("/goals/{id}/entries/{entryId}/conversation")
    String conversation(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestParam(required = false) @Nullable String notes,
            @RequestParam(defaultValue = "") String whoElse,
            RedirectAttributes flash) {
        return GoalPageController.attempt(id, flash, () -> {
            var done = outreach.adviceConversation(me, id, entryId, notes, suggested(whoElse));
            return "Logged the conversation: a thank-you is due tomorrow, a report back in 14 days"
                    + (done.introducedPeople().isEmpty()
                            ? ""
                            : "; added " + done.introducedPeople().size() + " people they suggested");
        });
    }

    /** One person a line: "Name, Organization". */
    static List<OutreachService.Suggested> suggested(String lines) {
        List<OutreachService.Suggested> result = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            result.add(
                    comma < 0
                            ? new OutreachService.Suggested(line.strip(), null)
                            : new OutreachService.Suggested(
                                    line.substring(0, comma).strip(),
                                    line.substring(comma + 1).strip()));
        }
        return result;
    }

    private String page(CurrentMember me, Goal goal, Draft draft, Model model) {
        Map<UUID, String> recipients = new LinkedHashMap<>();
        var entries = goals.entries(me, goal.id());
        List<UUID> ids = new ArrayList<>(entries.stream().map(Entry::personId).toList());
        if (draft.personId() != null && !ids.contains(draft.personId())) {
            ids.add(0, draft.personId());
        }
        Map<UUID, String> names = people.displayNames(me.workspace(), ids);
        ids.forEach(p -> recipients.put(p, names.getOrDefault(p, "?")));
        model.addAttribute("active", "goals");
        model.addAttribute("goal", goal);
        model.addAttribute("recipients", recipients);
        model.addAttribute("draft", draft);
        return "goals/compose";
    }

    private Draft draft(CurrentMember me, @Nullable UUID personId, String connection, String message) {
        Person to = personId == null ? null : people.find(me, personId).orElse(null);
        String email =
                to == null || to.emails().isEmpty() ? "" : to.emails().get(0).value();
        String mailto =
                "mailto:" + encode(email) + "?subject=" + encode("A question for you") + "&body=" + encode(message);
        return new Draft(
                to == null ? null : to.id(), connection, message, OutreachChecker.check(message, connection), mailto);
    }

    private static String template(@Nullable Person to, String connection) {
        String first = to == null
                ? "…"
                : to.givenName() != null ? to.givenName() : to.displayName().split("\\s+")[0];
        String org = to == null || to.roles().isEmpty()
                ? "your organization"
                : to.roles().get(0).organizationName();
        return "Hi " + first + ",\n\n" + (connection.isBlank() ? "…" : connection)
                + " suggested I write to you. You know how " + org + " works from the inside, and your view "
                + "would be worth a lot to someone starting out in your field.\n\n"
                + "Would you have 15 minutes in the next two weeks to share your advice?";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
