package org.rapport.goals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.api.ValidationException;
import org.rapport.goals.GoalDrafts.EntryDraft;
import org.rapport.goals.GoalDrafts.GoalDraft;
import org.rapport.goals.GoalDrafts.TargetDraft;
import org.rapport.people.PersonDraft;
import org.rapport.people.PersonService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goals in the browser: the list, a goal's board, adding targets and people, moving them between stages. */
@Controller
class GoalPageController {
    private final GoalService goals;
    private final PipelineBuilder pipelines;
    private final ReferralService referrals;
    private final PersonService people;

    GoalPageController(GoalService goals, PipelineBuilder pipelines, ReferralService referrals, PersonService people) {
        this.goals = goals;
        this.pipelines = pipelines;
        this.referrals = referrals;
        this.people = people;
    }

    @GetMapping("/goals")
    String list(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("active", "goals");
        model.addAttribute(
                "goals", goals.list(me, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("goalKinds", GoalKind.values());
        return "goals/list";
    }

    @GetMapping("/goals/referrals")
    String referrals(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("active", "goals");
        model.addAttribute("sources", referrals.sources(me));
        model.addAttribute("referrals", referrals.referrals(me));
        return "goals/referrals";
    }

    @PostMapping("/goals")
    String create(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String title,
            RedirectAttributes flash) {
        try {
            GoalKind k = org.rapport.api.WireValue.param(GoalKind.class, "kind", kind);
            Goal goal = goals.create(me, new GoalDraft(k, title, null, null));
            return "redirect:/goals/" + goal.id();
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
            return "redirect:/goals";
        }
    }

    @GetMapping("/goals/{id}")
    String board(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, Model model) {
        Pipeline pipeline = pipelines.build(me, id);
        model.addAttribute("active", "goals");
        model.addAttribute("p", pipeline);
        if (!pipeline.isJobSearch()) {
            model.addAttribute("sources", referrals.sources(me));
        }
        return "goals/board";
    }

    @PostMapping("/goals/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes flash) {
        Goal goal = goals.get(me, id);
        goals.delete(me, id);
        flash.addFlashAttribute("flash", "Deleted the goal " + goal.title());
        return "redirect:/goals";
    }

    @PostMapping("/goals/{id}/targets")
    String addTarget(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String organization,
            @RequestParam(defaultValue = "2") int motivation,
            @RequestParam(defaultValue = "false") boolean posting,
            @RequestParam(required = false) @Nullable String roles,
            RedirectAttributes flash) {
        return attempt(id, flash, () -> {
            goals.addTarget(me, id, new TargetDraft(null, organization, motivation, posting, split(roles), null));
            return "Added " + organization + " to the targets";
        });
    }

    @PostMapping("/goals/{id}/entries")
    String addEntry(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String organization,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String referredBy,
            @RequestParam(required = false) @Nullable Long value,
            @RequestParam(defaultValue = "person") String subject,
            RedirectAttributes flash) {
        return attempt(id, flash, () -> {
            Goal goal = goals.get(me, id);
            if (GoalService.trim(name) == null) {
                throw ValidationException.of("name", "is required");
            }
            boolean isOrganization = "organization".equals(subject) && goal.kind() == GoalKind.BUSINESS;
            UUID referrer =
                    GoalService.trim(referredBy) == null ? null : personNamed(me, referredBy, null, goal.kind());
            Long cents = value == null ? null : value * 100;
            if (isOrganization) {
                UUID org = goals.organizationNamed(me, name.strip());
                goals.addEntry(me, id, new EntryDraft(null, org, null, source, referrer, cents));
            } else {
                UUID person = personNamed(me, name, organization, goal.kind());
                goals.addEntry(me, id, new EntryDraft(person, null, null, source, referrer, cents));
            }
            return "Added " + name.strip();
        });
    }

    @PostMapping("/goals/{id}/targets/{targetId}/move")
    String moveTarget(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @RequestParam(required = false) @Nullable String stage,
            RedirectAttributes flash) {
        return attempt(id, flash, () -> {
            Stage to = org.rapport.api.WireValue.param(Stage.class, "stage", stage);
            Target moved = goals.moveTarget(me, id, targetId, to);
            return "Moved " + moved.organizationName() + " to " + moved.stage().label();
        });
    }

    @PostMapping("/goals/{id}/entries/{entryId}/move")
    String move(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @RequestParam(required = false) @Nullable String stage,
            RedirectAttributes flash) {
        return attempt(id, flash, () -> {
            Stage to = org.rapport.api.WireValue.param(Stage.class, "stage", stage);
            if (to == null) {
                throw ValidationException.of("stage", "is required");
            }
            goals.move(me, id, entryId, to);
            return "Moved to " + to.label();
        });
    }

    /** Someone with exactly this name, else a new person (at the organization, if named). */
    private UUID personNamed(CurrentMember me, String name, @Nullable String organization, GoalKind kind) {
        List<UUID> known = people.idsNamed(me, name.strip());
        if (!known.isEmpty()) {
            return known.get(0);
        }
        String org = GoalService.trim(organization);
        return people.create(me, PersonDraft.named(name.strip(), org, Set.of(kind.kind())))
                .id();
    }

    static List<String> split(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Runs a form action; a problem goes back to the board as a message naming the field. */
    static String attempt(UUID goalId, RedirectAttributes flash, java.util.function.Supplier<String> action) {
        try {
            flash.addFlashAttribute("flash", action.get());
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/goals/" + goalId;
    }
}
