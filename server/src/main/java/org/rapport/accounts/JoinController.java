package org.rapport.accounts;

import org.rapport.api.ConflictException;
import org.rapport.api.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page an invitation link opens: the workspace's name, and the form that creates the account. */
@Controller
@RequiresRole(MemberRole.VIEWER) // joining changes no workspace of whoever may be signed in
class JoinController {
    private final InvitationService invitations;
    private final AccountService accounts;

    JoinController(InvitationService invitations, AccountService accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    record JoinForm(String name, String email, String password) {}

    @GetMapping("/join/{token}")
    ModelAndView page(@PathVariable String token) {
        return view(token, new JoinForm("", "", ""));
    }

    @PostMapping("/join/{token}")
    ModelAndView join(@PathVariable String token, JoinForm form) {
        try {
            accounts.signUp(nonNull(form.email()), nonNull(form.password()), nonNull(form.name()), token);
        } catch (ValidationException e) {
            var page = view(token, new JoinForm(form.name(), form.email(), ""));
            page.addObject("errors", e.errors());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        } catch (ConflictException e) {
            var page = view(token, new JoinForm(form.name(), form.email(), ""));
            page.addObject("failure", e.getMessage());
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
        return new ModelAndView("redirect:/login?joined");
    }

    private ModelAndView view(String token, JoinForm form) {
        var page = new ModelAndView("accounts/join");
        var welcome = invitations.welcome(token);
        page.addObject("token", token);
        page.addObject("form", form);
        if (welcome.isPresent()) {
            page.addObject("welcome", welcome.get());
        } else {
            page.addObject(
                    "problem",
                    "This invitation " + invitations.problemWith(token).orElse("cannot be used") + ".");
            // The link is dead: say so with the status too (a used or unknown link is gone for good).
            page.setStatus(HttpStatus.GONE);
        }
        return page;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
