package org.rapport.people;

import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.ConflictException;
import org.rapport.api.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing and deleting a person from the browser. */
@Controller
class PersonFormController {
    private final PersonService people;

    PersonFormController(PersonService people) {
        this.people = people;
    }

    @GetMapping("/people/new")
    @RequiresRole(MemberRole.EDITOR) // a form a viewer could not send
    ModelAndView add() {
        return form(PersonForm.empty(), null, null, HttpStatus.OK);
    }

    @PostMapping("/people")
    ModelAndView create(
            @AuthenticationPrincipal CurrentMember me,
            @ModelAttribute("form") PersonForm form,
            RedirectAttributes flash) {
        try {
            Person created = people.create(me, form.toDraft());
            flash.addFlashAttribute("flash", "Added " + created.displayName() + ".");
            return new ModelAndView("redirect:/people/" + created.id());
        } catch (ValidationException e) {
            return form(form.withBlankRows(), null, e, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/people/{id}/edit")
    @RequiresRole(MemberRole.EDITOR) // a form a viewer could not send
    ModelAndView edit(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        Person person = people.get(me, id);
        return form(PersonForm.of(person), person, null, HttpStatus.OK);
    }

    @PostMapping("/people/{id}")
    ModelAndView update(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID id,
            @ModelAttribute("form") PersonForm form,
            RedirectAttributes flash) {
        Person current = people.get(me, id);
        try {
            people.update(me, id, form.toDraft(), form.getVersion());
            flash.addFlashAttribute("flash", "Saved.");
            return new ModelAndView("redirect:/people/" + id);
        } catch (ValidationException e) {
            return form(form.withBlankRows(), current, e, HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            var page = form(PersonForm.of(current), current, null, HttpStatus.CONFLICT);
            page.addObject(
                    "failure",
                    "Someone changed this person while you were editing. This is the latest version; "
                            + "make your change again.");
            return page;
        }
    }

    @PostMapping("/people/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes flash) {
        Person person = people.get(me, id);
        people.delete(me, id);
        flash.addFlashAttribute("flash", "Deleted " + person.displayName() + ". Their encounters are kept.");
        return "redirect:/people";
    }

    private static ModelAndView form(PersonForm form, Person person, ValidationException errors, HttpStatus status) {
        var page = new ModelAndView("people/form", status);
        page.addObject("active", "people");
        page.addObject("form", form);
        page.addObject("person", person);
        page.addObject("errors", errors == null ? null : errors.errors());
        page.addObject("tiers", ClosenessTier.values());
        return page;
    }
}
