package org.rapport.home;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.connections.ConnectionService;
import org.rapport.encounters.EncounterService;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.ledger.Ledger;
import org.rapport.ledger.LedgerService;
import org.rapport.network.IntroductionService;
import org.rapport.people.Person;
import org.rapport.people.PersonService;
import org.rapport.people.TieStrength;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's page, composed from every feature that knows about them: details, relationship,
 * timeline, give and take, follow-ups and connections. It lives here, beside Today, because
 * people cannot depend on the features that depend on people.
 */
@Controller
class PersonPageController {
    static final int TIMELINE_SIZE = 50;

    private final PersonService people;
    private final EncounterService encounters;
    private final FollowUpService followUps;
    private final ConnectionService connections;
    private final TieStrength strength;
    private final IntroductionService introductions;
    private final LedgerService ledgers;

    PersonPageController(
            PersonService people,
            EncounterService encounters,
            FollowUpService followUps,
            ConnectionService connections,
            TieStrength strength,
            LedgerService ledgers,
            IntroductionService introductions) {
        this.strength = strength;
        this.people = people;
        this.encounters = encounters;
        this.followUps = followUps;
        this.connections = connections;
        this.introductions = introductions;
        this.ledgers = ledgers;
    }

    @GetMapping("/people/{id}")
    String show(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(name = "timeline", required = false) @Nullable Integer timelinePage,
            Model model) {
        Person person = people.get(me, id);
        // The timeline pages through every encounter, newest first; ?timeline=N is its page.
        var timeline = encounters.list(
                me,
                new EncounterService.Query(id, null, null, null),
                PageRequest.of(timelinePage == null ? 0 : Math.max(0, timelinePage), TIMELINE_SIZE));
        Ledger ledger = ledgers.of(me, id);
        var open = followUps.list(
                me, new FollowUpService.Query(FollowUpStatus.OPEN, null, id, null), PageRequest.of(0, 50));
        var ties = connections.of(me, id);

        Set<UUID> named = new HashSet<>();
        timeline.items().forEach(e -> named.addAll(e.participantIds()));
        ties.forEach(c -> named.add(c.otherThan(id)));
        if (person.introducedById() != null) {
            named.add(person.introducedById());
        }
        model.addAttribute("active", "people");
        model.addAttribute("person", person);
        model.addAttribute("strength", strength.scores(me, List.of(id)).get(id));
        model.addAttribute("timeline", timeline);
        model.addAttribute("ledger", ledger);
        model.addAttribute("followUps", open.items());
        model.addAttribute("connections", ties);
        model.addAttribute("names", people.displayNames(me.workspace(), named));
        model.addAttribute(
                "reach",
                introductions.toPerson(me, id, IntroductionService.MAX_PATHS, 3).paths());
        return "people/show";
    }
}
