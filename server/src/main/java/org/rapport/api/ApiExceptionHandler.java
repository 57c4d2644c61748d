package org.rapport.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns every failure of an API call into RFC 9457 problem+json. Validation problems carry an
 * {@code errors} array of {@code {field, message}} naming each field, in the request's own terms.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        return validationProblem(e.errors());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        logger.warn("Integrity violation", e);
        return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with existing data");
    }

    /** Anything unforeseen: logged in full here, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e;
        }
        logger.error("Unexpected error answering an API call", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on the server; the error is logged. Nothing was changed.");
    }

    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ProblemDetail busy(org.springframework.dao.PessimisticLockingFailureException e) {
        logger.warn("Database busy", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "The database is busy; try again in a moment");
    }

    @ExceptionHandler(UnavailableException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Not available yet", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : JsonProblems.describe(e.getRequiredType());
        return validationProblem(List.of(new FieldError(e.getName(), "must be " + expected)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOf(ex, BodyTooLargeException.class).isPresent()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(
                            HttpStatus.CONTENT_TOO_LARGE, "Request body too large", BodyTooLargeException.MESSAGE));
        }
        return ResponseEntity.badRequest().body(unreadable(ex));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    /** A JSON tree that did not bind to a request (a PATCH merged onto the current state). */
    @ExceptionHandler(JacksonException.class)
    ProblemDetail unbindable(JacksonException e) {
        return unreadable(e);
    }

    private ProblemDetail unreadable(Throwable ex) {
        Optional<JacksonException> withPath =
                causeOf(ex, JacksonException.class).filter(j -> !j.getPath().isEmpty());
        if (withPath.isPresent()) {
            return validationProblem(List.of(new FieldError(
                    JsonProblems.fieldPath(null, withPath.get()), JsonProblems.message(withPath.get()))));
        }
        Optional<StreamReadException> syntax = causeOf(ex, StreamReadException.class);
        if (syntax.isPresent() && syntax.get().getLocation() != null) {
            var at = syntax.get().getLocation();
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Malformed JSON",
                    "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", "The request body is missing or not valid JSON");
    }

    static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid request",
                String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        p.setProperty("errors", errors);
        return p;
    }

    static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }
}
