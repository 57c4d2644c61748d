package org.rapport.home;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.api.WireValue;
import org.rapport.encounters.Encounter;
import org.rapport.encounters.EncounterService;
import org.rapport.followups.FollowUp;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.followups.FollowUpType;
import org.rapport.people.Kind;
import org.rapport.people.PersonFilter;
import org.rapport.people.PersonService;
import org.rapport.suggestions.Suggestion;
import org.rapport.suggestions.SuggestionService;
import org.rapport.suggestions.SuggestionType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Today: what to do now — follow-ups due, thank-yous owed, suggestions (keep in touch, give back), recent encounters. */
@Controller
class HomeController {
    static final int SUGGESTIONS_SHOWN = 25;

    private final PersonService people;
    private final FollowUpService followUps;
    private final EncounterService encounters;
    private final SuggestionService suggestions;

    HomeController(
            PersonService people,
            FollowUpService followUps,
            EncounterService encounters,
            SuggestionService suggestions) {
        this.people = people;
        this.followUps = followUps;
        this.encounters = encounters;
        this.suggestions = suggestions;
    }

    @GetMapping("/")
    String today(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        if (people.list(me, PersonFilter.ALL, PageRequest.of(0, 1)).total() == 0) {
            model.addAttribute("active", "today");
            return "home/welcome";
        }
        Kind only = WireValue.param(Kind.class, "kind", kind);
        LocalDate today = LocalDate.now();
        // Thanks are owed from the moment something was received, whatever their due date.
        List<FollowUp> thanks = followUps
                .list(
                        me,
                        new FollowUpService.Query(FollowUpStatus.OPEN, null, null, null, FollowUpType.THANK_YOU),
                        PageRequest.of(0, 100))
                .items();
        List<FollowUp> due = followUps
                .list(
                        me,
                        new FollowUpService.Query(FollowUpStatus.OPEN, today.plusDays(1), null, null),
                        PageRequest.of(0, 200))
                .items()
                .stream()
                .filter(f -> f.type() != FollowUpType.THANK_YOU)
                .toList();
        // Thank-yous with an open follow-up are already in their own card.
        List<Suggestion> suggested = suggestions.all(me, only).stream()
                .filter(s -> s.type() != SuggestionType.THANK_YOU || s.followUpId() == null)
                .limit(SUGGESTIONS_SHOWN)
                .toList();
        List<Encounter> recent = encounters
                .list(me, new EncounterService.Query(null, only, null, null), PageRequest.of(0, 8))
                .items();

        Set<UUID> named = new HashSet<>();
        java.util.stream.Stream.concat(thanks.stream(), due.stream()).forEach(f -> {
            if (f.personId() != null) {
                named.add(f.personId());
            }
        });
        recent.forEach(e -> named.addAll(e.participantIds()));
        Map<UUID, String> names = people.displayNames(me.workspace(), named);
        if (only != null) {
            Set<UUID> ofKind = peopleOfKind(me, only, named);
            due = due.stream()
                    .filter(f -> f.personId() != null && ofKind.contains(f.personId()))
                    .toList();
            thanks = thanks.stream()
                    .filter(f -> f.personId() != null && ofKind.contains(f.personId()))
                    .toList();
        }
        model.addAttribute("active", "today");
        model.addAttribute("onlyKind", only);
        model.addAttribute("thankYous", thanks);
        model.addAttribute("due", due);
        model.addAttribute("suggestions", suggested);
        // Strength is kept in memory by the network module now: the shown page costs milliseconds.
        model.addAttribute("suggestionStrengths", suggestions.strengths(me, suggested));
        model.addAttribute("recent", recent);
        model.addAttribute("names", names);
        return "home/today";
    }

    private Set<UUID> peopleOfKind(CurrentMember me, Kind kind, Set<UUID> candidates) {
        var filter = new PersonFilter(null, kind, null, List.copyOf(candidates), null, null, PersonFilter.Sort.NAME);
        Set<UUID> ofKind = new HashSet<>();
        people.list(me, filter, PageRequest.of(0, PageRequest.MAX_SIZE)).items().forEach(p -> ofKind.add(p.id()));
        return ofKind;
    }
}
