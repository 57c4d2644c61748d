package org.rapport.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.api.ConflictException;
import org.rapport.api.ForbiddenException;
import org.rapport.api.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in page, and the sign-up form that greets a fresh server. */
@Controller
@RequiresRole(MemberRole.VIEWER) // signing up changes no workspace of whoever may be signed in
class SignInController {
    private final AccountService accounts;

    SignInController(AccountService accounts) {
        this.accounts = accounts;
    }

    record SignUpForm(String name, String email, String password) {}

    @GetMapping("/login")
    String signIn(@AuthenticationPrincipal CurrentMember me, Model model) {
        if (me != null) {
            return "redirect:/";
        }
        if (!accounts.hasAnyAccount()) {
            return "redirect:/signup";
        }
        model.addAttribute("signupAllowed", accounts.isSignupAllowed());
        return "accounts/login";
    }

    @GetMapping("/signup")
    String signUpPage(Model model) {
        model.addAttribute("form", new SignUpForm("", "", ""));
        return signUpView(model);
    }

    @PostMapping("/signup")
    String signUp(SignUpForm form, Model model, HttpServletRequest request) {
        model.addAttribute("form", new SignUpForm(form.name(), form.email(), ""));
        try {
            accounts.signUp(nonNull(form.email()), nonNull(form.password()), nonNull(form.name()));
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return signUpView(model);
        } catch (ConflictException | ForbiddenException e) {
            model.addAttribute("failure", e.getMessage());
            return signUpView(model);
        }
        return "redirect:/login?created";
    }

    private String signUpView(Model model) {
        model.addAttribute("firstAccount", !accounts.hasAnyAccount());
        model.addAttribute("signupAllowed", accounts.isSignupAllowed());
        return "accounts/signup";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
