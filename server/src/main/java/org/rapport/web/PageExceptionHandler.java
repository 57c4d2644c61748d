package org.rapport.web;

import org.rapport.api.ForbiddenException;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The pages' answers to a missing record or a bad link: the error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "This page does not exist");
    }

    /** A role refusal inside the member's own workspace (e.g. a viewer posting a form). */
    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        var page = page(HttpStatus.FORBIDDEN, "You may not do that");
        page.addObject("detail", e.getMessage());
        return page;
    }

    @ExceptionHandler(ValidationException.class)
    ModelAndView badRequest(ValidationException e) {
        var page = page(HttpStatus.BAD_REQUEST, "That request did not work");
        page.addObject("detail", e.getMessage());
        return page;
    }

    private static ModelAndView page(HttpStatus status, String title) {
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        return page;
    }
}
