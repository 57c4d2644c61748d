package org.rapport.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Imports")
class ImportApiController {
    private final ImportService imports;
    private final ImportRunner runner;

    ImportApiController(ImportService imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import people (LinkedIn, Google or Outlook CSV, vCard) or meetings (iCalendar) from a file",
            description = "One transaction: a file with a fatal problem answers 422 with {line, message} errors and"
                    + " changes nothing. Without format the server recognises the file; a LinkedIn export ZIP is"
                    + " read for its Connections.csv. dryRun=true reports what would happen and changes nothing."
                    + " async=true answers 202 with the importId at once; follow it at /api/v1/imports/{id}/progress.")
    ResponseEntity<?> importFile(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "linkedin, google-csv, outlook-csv, vcard or ics")
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean async,
            @Parameter(description = "more of your own email addresses, comma-separated, left out of meetings")
                    @RequestParam(required = false)
                    @Nullable
                    String alsoMe)
            throws IOException {
        ImportService.Request request = new ImportService.Request(upload(file), format(format), dryRun, emails(alsoMe));
        if (async) {
            UUID id = runner.startInBackground(me, request);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/imports/" + id + "/progress"))
                    .body(Map.of("importId", id, "status", "running"));
        }
        UUID id = imports.start(me, request);
        return ResponseEntity.ok(imports.run(me, id, request));
    }

    @GetMapping("/api/v1/imports")
    @Operation(summary = "The import history, newest first")
    PageResponse<ImportRun> list(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return imports.list(me, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "One import of the history")
    ImportRun get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return imports.get(me, id);
    }

    @GetMapping("/api/v1/imports/{id}/progress")
    @Operation(
            summary =
                    "An import's state (running, done, previewed, failed, undone), rows processed, and its report once finished")
    ImportService.Progress progress(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return imports.progress(me, id);
    }

    @PostMapping("/api/v1/imports/{id}/undo")
    @Operation(summary = "Undo an import: removes the people and encounters it created, restores the people it changed")
    ImportRun undo(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return imports.undo(me, id);
    }

    @ExceptionHandler(ImportFailure.class)
    ResponseEntity<ProblemDetail> failed(ImportFailure failure) {
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(failure.errors()));
    }

    static ProblemDetail problem(List<LineError> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                errors.stream()
                                .map(e -> "line " + e.line() + ": " + e.message())
                                .collect(Collectors.joining("; ")) + ". Nothing was imported.");
        p.setTitle("The file cannot be imported");
        p.setProperty("errors", errors);
        return p;
    }

    static Optional<Format> format(@Nullable String format) {
        if (format == null || format.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Format.fromWire(format)
                .orElseThrow(() -> ValidationException.of(
                        "format",
                        "must be one of linkedin, google-csv, outlook-csv, vcard, ics (or left out to detect)")));
    }

    static Set<String> emails(@Nullable String alsoMe) {
        if (alsoMe == null || alsoMe.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(alsoMe.split("[,;\\s]+"))
                .filter(s -> s.contains("@"))
                .collect(Collectors.toSet());
    }

    static Upload upload(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return new Upload() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
