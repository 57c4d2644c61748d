package org.rapport.encounters;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.FieldError;
import org.rapport.api.ValidationException;
import org.rapport.capture.QuickCapture;
import org.rapport.followups.FollowUpType;
import org.rapport.people.PersonService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging an encounter from the browser, meant to take seconds with the keyboard alone. */
@Controller
class EncounterController {
    private final EncounterFormService forms;
    private final PersonService people;

    EncounterController(EncounterFormService forms, PersonService people) {
        this.forms = forms;
        this.people = people;
    }

    @GetMapping("/encounters/new")
    @RequiresRole(MemberRole.EDITOR) // a form a viewer could not send
    ModelAndView start(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable UUID with,
            @RequestParam(required = false) @Nullable String capture) {
        if (capture != null && !capture.isBlank()) {
            return captured(me, capture);
        }
        EncounterForm form = new EncounterForm();
        if (with != null && people.find(me, with).isPresent()) {
            form.getParticipantIds().add(with);
            people.find(me, with)
                    .ifPresent(
                            p -> p.relationship().kinds().stream().findFirst().ifPresent(k -> form.setKind(k.wire())));
        }
        return page(me, form.withBlankRows(), HttpStatus.OK);
    }

    @PostMapping("/encounters")
    ModelAndView log(
            @AuthenticationPrincipal CurrentMember me,
            @ModelAttribute("form") EncounterForm form,
            RedirectAttributes flash) {
        try {
            var outcome = forms.submit(me, form);
            if (outcome.needsAnswer()) {
                var page = page(me, form.withBlankRows(), HttpStatus.OK);
                page.addObject("unknown", outcome.unknown());
                page.addObject("namesakes", outcome.namesakes());
                form.setConfirmNew(String.join("\n", outcome.unknown()));
                return page;
            }
            Encounter logged = outcome.logged();
            flash.addFlashAttribute(
                    "flash",
                    "Logged “" + (logged.title() == null ? "encounter" : logged.title()) + "”."
                            + (outcome.created().isEmpty()
                                    ? ""
                                    : " Added " + String.join(", ", outcome.created()) + " to your people.")
                            + (logged.received().isEmpty() ? "" : " A thank-you is on Today."));
            return new ModelAndView(
                    logged.participantIds().size() == 1
                            ? "redirect:/people/" + logged.participantIds().get(0)
                            : "redirect:/");
        } catch (ValidationException e) {
            var page = page(me, form.withBlankRows(), HttpStatus.BAD_REQUEST);
            page.addObject("errors", e.errors());
            return page;
        }
    }

    /** A quick-capture line, read by the same parser as the CLI's {@code rapport log}. */
    private ModelAndView captured(CurrentMember me, String line) {
        ZonedDateTime now = ZonedDateTime.now();
        try {
            var page = page(
                    me,
                    QuickCaptureForm.prefill(QuickCapture.parse(line, now.toLocalDate()), now)
                            .withBlankRows(),
                    HttpStatus.OK);
            page.addObject("capture", line);
            return page;
        } catch (IllegalArgumentException e) {
            var page = page(me, new EncounterForm().withBlankRows(), HttpStatus.BAD_REQUEST);
            page.addObject("capture", line);
            page.addObject("errors", List.of(new FieldError("capture", e.getMessage())));
            return page;
        }
    }

    private ModelAndView page(CurrentMember me, EncounterForm form, HttpStatus status) {
        var page = new ModelAndView("encounters/form", status);
        page.addObject("form", form);
        page.addObject("chosen", people.displayNames(me.workspace(), form.getParticipantIds()));
        page.addObject("channels", Channel.values());
        page.addObject("exchangeTypes", ExchangeType.values());
        page.addObject("followUpTypes", FollowUpType.values());
        return page;
    }
}
