package org.rapport.exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Export and restore")
class ExportApiController {
    private final BackupService backups;
    private final PeopleExports people;

    ExportApiController(BackupService backups, PeopleExports people) {
        this.backups = backups;
        this.people = people;
    }

    @GetMapping("/api/v1/export")
    @Operation(
            summary = "Export the workspace: json is a complete backup; vcard and csv hold people",
            description = "json streams every entity and link of the workspace (docs/backup-format.md), restorable with"
                    + " POST /api/v1/restore. vcard is vCard 4.0 (version=3.0 on request) and csv is Google Contacts"
                    + " CSV, of everyone or of the people named by ids (comma-separated) or carrying tag.")
    void export(
            @AuthenticationPrincipal CurrentMember me,
            @Parameter(description = "json, vcard or csv") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "vCard version: 4.0 (default) or 3.0") @RequestParam(required = false) @Nullable
                    String version,
            @Parameter(description = "only these people (vcard, csv)") @RequestParam(required = false) @Nullable
                    List<UUID> ids,
            @Parameter(description = "only people with this tag (vcard, csv)") @RequestParam(required = false) @Nullable
                    String tag,
            HttpServletResponse response)
            throws IOException {
        String day = LocalDate.now().toString();
        switch (format) {
            case "json" -> {
                start(response, "application/json", "rapport-backup-" + day + ".json");
                backups.writeBackup(me, response.getOutputStream());
            }
            case "vcard" -> {
                var vcardVersion = PeopleExports.vcardVersion(version);
                var selection = people.selection(me, ids, tag);
                start(response, "text/vcard;charset=UTF-8", "rapport-people-" + day + ".vcf");
                people.writeVCards(me, selection, vcardVersion, response.getOutputStream());
            }
            case "csv" -> {
                var selection = people.selection(me, ids, tag);
                start(response, "text/csv;charset=UTF-8", "rapport-google-contacts-" + day + ".csv");
                people.writeGoogleCsv(me, selection, response.getOutputStream());
            }
            default -> throw ValidationException.of("format", "must be json, vcard or csv");
        }
    }

    @PostMapping(path = "/api/v1/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresRole(MemberRole.OWNER)
    @Operation(
            summary = "Restore a JSON backup into this (empty) workspace, ids included, in one transaction",
            description = "409 when the workspace already holds data; 422 naming the line and the problem when the file"
                    + " is not a backup this server reads. Answers the rows restored per table.")
    Map<String, Object> restore(@AuthenticationPrincipal CurrentMember me, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw ValidationException.of("file", "is empty: choose a Rapport backup (.json)");
        }
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("restored", backups.restore(me, in));
            return answer;
        }
    }

    @ExceptionHandler(BackupRejectedException.class)
    ProblemDetail rejected(BackupRejectedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle("Backup not restorable");
        p.setType(URI.create("about:blank"));
        p.setProperty(
                "errors",
                e.problems().stream()
                        .map(problem -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            if (problem.line() != null) {
                                error.put("line", problem.line());
                            } else {
                                error.put("field", problem.field());
                            }
                            error.put("message", problem.message());
                            return error;
                        })
                        .toList());
        return p;
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
