package org.rapport.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.ValidationException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload, preview (a dry run), confirm (the import runs in the background with a
 * progress bar), history with undo; and the possible-duplicates review with merge. Everything works
 * without JavaScript (the running import's page refreshes itself); with it, progress arrives as
 * server-sent events.
 */
@Controller
class ImportController {
    private final ImportService imports;
    private final ImportRunner runner;
    private final DuplicateService duplicates;
    private final ImportPreviews previews;
    private final ExecutorService events = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "import-events");
        t.setDaemon(true);
        return t;
    });

    ImportController(ImportService imports, ImportRunner runner, DuplicateService duplicates, ImportPreviews previews) {
        this.imports = imports;
        this.runner = runner;
        this.duplicates = duplicates;
        this.previews = previews;
    }

    @GetMapping("/imports")
    String index(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("history", imports.list(me, PageRequest.of(page, 20)));
        model.addAttribute("formats", Format.values());
        return "imports/index";
    }

    /** Step one: a dry run of the uploaded file, kept for the confirmation. */
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String preview(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String alsoMe,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            flash.addFlashAttribute("failure", "Choose a file to import.");
            return "redirect:/imports";
        }
        Optional<Format> declared;
        try {
            declared = ImportApiController.format(format);
        } catch (ValidationException e) {
            flash.addFlashAttribute("failure", "Unknown format: " + format);
            return "redirect:/imports";
        }
        Upload upload = ImportApiController.upload(file);
        ImportService.Request request =
                new ImportService.Request(upload, declared, true, ImportApiController.emails(alsoMe));
        UUID id = imports.start(me, request);
        model.addAttribute("formats", Format.values());
        model.addAttribute("alsoMe", alsoMe);
        try {
            ImportReport report = imports.run(me, id, request);
            previews.keep(me, id, upload);
            model.addAttribute("report", report);
            return "imports/preview";
        } catch (ImportFailure failure) {
            model.addAttribute("fileName", upload.fileName());
            model.addAttribute("errors", failure.errors());
            model.addAttribute("history", imports.list(me, PageRequest.of(0, 20)));
            return "imports/index";
        }
    }

    /** Step two: the previewed file for real, in the background; its page shows the progress. */
    @PostMapping("/imports/{previewId}/confirm")
    String confirm(
            @AuthenticationPrincipal CurrentMember me,
            @PathVariable UUID previewId,
            @RequestParam(required = false) @Nullable String alsoMe,
            RedirectAttributes flash)
            throws IOException {
        ImportService.Progress preview = imports.progress(me, previewId);
        Optional<Path> file =
                preview.report() != null && preview.report().dryRun() ? previews.copy(me, previewId) : Optional.empty();
        if (file.isEmpty()) {
            flash.addFlashAttribute("failure", "That preview has expired; upload the file again.");
            return "redirect:/imports";
        }
        UUID id;
        try {
            ImportService.Request request = new ImportService.Request(
                    new FileUpload(file.get(), preview.report().fileName()),
                    Format.fromWire(preview.report().format()),
                    false,
                    ImportApiController.emails(alsoMe));
            id = runner.startInBackground(me, request);
        } finally {
            Files.deleteIfExists(file.get());
        }
        previews.forget(me, previewId);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String show(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, Model model) {
        ImportService.Progress progress = imports.progress(me, id);
        if (progress.report() != null && progress.report().dryRun()) {
            throw new NotFoundException("import", id);
        }
        model.addAttribute("progress", progress);
        model.addAttribute("run", imports.get(me, id));
        return "imports/show";
    }

    /** Progress as server-sent events ("progress" with the rows processed, then "done" with the status). */
    @GetMapping(path = "/imports/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progressEvents(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        imports.progress(me, id); // 404 for another workspace's id before the stream opens
        SseEmitter emitter = new SseEmitter(10 * 60_000L);
        events.execute(() -> {
            try {
                while (true) {
                    ImportService.Progress p = imports.progress(me, id);
                    if (!p.status().equals("running")) {
                        emitter.send(SseEmitter.event().name("done").data(p.status()));
                        emitter.complete();
                        return;
                    }
                    emitter.send(SseEmitter.event().name("progress").data(p.processed()));
                    Thread.sleep(500);
                }
            } catch (IOException | RuntimeException e) {
                emitter.completeWithError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                emitter.complete();
            }
        });
        return emitter;
    }

    @PostMapping("/imports/{id}/undo")
    String undo(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes flash) {
        ImportRun run = imports.undo(me, id);
        flash.addFlashAttribute("flash", "Undone: the import of " + run.fileName() + ".");
        return "redirect:/imports";
    }

    @GetMapping("/people/duplicates")
    String duplicates(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("active", "people");
        model.addAttribute("pairs", duplicates.possibleDuplicates(me));
        return "imports/duplicates";
    }

    @PostMapping("/people/duplicates/merge")
    String merge(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam UUID keep,
            @RequestParam UUID other,
            RedirectAttributes flash) {
        var merged = duplicates.merge(me, keep, other);
        flash.addFlashAttribute("flash", "Merged into " + merged.displayName() + ".");
        return "redirect:/people/duplicates";
    }
}
