package org.rapport.personal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.ValidationException;
import org.rapport.people.Birthdays;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/personal")
@Tag(name = "Personal")
class PersonalApiController {
    private final PersonalService personal;
    private final JsonBinder binder;

    PersonalApiController(PersonalService personal, JsonBinder binder) {
        this.personal = personal;
        this.binder = binder;
    }

    record HelpersResponse(List<PersonalService.Helper> helpers) {}

    record IntroductionRequest(
            @Nullable UUID friendId,
            @Nullable UUID helperId,
            @Nullable String need) {}

    record IntroductionResponse(UUID followUpId, String title, LocalDate dueOn) {}

    record BirthdaysResponse(List<Birthdays.Upcoming> items) {}

    record CreatedResponse(int created) {}

    @GetMapping("/who-could-help")
    @Operation(
            summary = "Who could help a friend in need",
            description = "People who know about the need (search), then the friend's own connections, with reasons.")
    HelpersResponse whoCouldHelp(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable UUID friendId,
            @RequestParam(defaultValue = "") String need) {
        return new HelpersResponse(personal.whoCouldHelp(me, friendId, need));
    }

    @PostMapping("/introductions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan an introduction: an introduce follow-up for the friend, due today")
    IntroductionResponse introduce(@AuthenticationPrincipal CurrentMember me, @RequestBody JsonNode body) {
        IntroductionRequest r = binder.bind(body, IntroductionRequest.class);
        var problems = new ValidationException.Collector();
        if (r.friendId() == null) {
            problems.add("friendId", "is required");
        }
        if (r.helperId() == null) {
            problems.add("helperId", "is required");
        }
        problems.throwIfAny();
        var f = personal.planIntroduction(me, r.friendId(), r.helperId(), r.need());
        return new IntroductionResponse(f.id(), f.title(), f.dueOn());
    }

    @GetMapping("/favours")
    @Operation(summary = "Favours and recommendations given and received, newest first")
    List<PersonalService.Favour> favours(@AuthenticationPrincipal CurrentMember me) {
        return personal.favours(me, 100);
    }

    @GetMapping("/birthdays")
    @Operation(summary = "Birthdays in the next days (default 30, at most 366)")
    BirthdaysResponse birthdays(
            @AuthenticationPrincipal CurrentMember me, @RequestParam(defaultValue = "30") int days) {
        return new BirthdaysResponse(personal.upcomingBirthdays(me, days(days)));
    }

    @PostMapping("/birthdays/follow-ups")
    @Operation(summary = "A follow-up on each birthday in the next days; none twice for the same birthday")
    CreatedResponse birthdayFollowUps(
            @AuthenticationPrincipal CurrentMember me, @RequestParam(defaultValue = "30") int days) {
        return new CreatedResponse(personal.birthdayFollowUps(me, days(days)));
    }

    private static int days(int days) {
        if (days < 1 || days > 366) {
            throw ValidationException.of("days", "must be between 1 and 366");
        }
        return days;
    }
}
