package org.rapport.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.db.Dialect;
import org.rapport.db.TableStatistics;
import org.rapport.db.WorkspaceId;
import org.rapport.encounters.EncounterService;
import org.rapport.imports.csv.GoogleContacts;
import org.rapport.imports.csv.LinkedInConnections;
import org.rapport.imports.csv.OutlookContacts;
import org.rapport.imports.ics.CalendarMeetings;
import org.rapport.imports.vcard.VCardPeople;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file in one transaction (all or nothing), or in a dry run the same work rolled back, and
 * keeps the history with undo. Each run is recorded first in its own transaction, so its progress and
 * outcome can be asked of any node.
 */
@Service
public class ImportService {
    private final PersonBatch batch;
    private final EncounterService encounters;
    private final ImportRepository imports;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final TableStatistics statistics;
    private final TransactionTemplate progressTx;
    private final Dialect dialect;
    private final ImportSettings settings;
    static final long HEARTBEAT_MS = 30_000;
    static final long ABANDONED_AFTER_MS = 5 * 60_000;

    private final Map<UUID, Integer> progress = new ConcurrentHashMap<>();
    /** Imports started on this node and not finished, with their workspace. */
    private final Map<UUID, WorkspaceId> runningHere = new ConcurrentHashMap<>();

    ImportService(
            PersonBatch batch,
            EncounterService encounters,
            ImportRepository imports,
            JsonMapper json,
            PlatformTransactionManager transactions,
            Dialect dialect,
            ImportSettings settings,
            TableStatistics statistics) {
        this.statistics = statistics;
        this.batch = batch;
        this.encounters = encounters;
        this.imports = imports;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
        this.progressTx = new TransactionTemplate(transactions);
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dialect = dialect;
        this.settings = settings;
    }

    /** What to import and how. {@code alsoMe}: more of the member's own addresses, left out of meetings. */
    public record Request(Upload upload, Optional<Format> format, boolean dryRun, Set<String> alsoMe) {}

    /** Records the run (so its progress can be asked for) and answers its id; {@link #run} does the work. */
    public UUID start(CurrentMember me, Request request) {
        UUID id = org.rapport.db.Ids.newId();
        String format = request.format().map(Format::wire).orElse("detecting");
        progressTx.executeWithoutResult(s ->
                imports.start(me.workspace(), id, me.memberId(), name(request.upload()), format, request.dryRun()));
        progress.put(id, 0);
        runningHere.put(id, me.workspace());
        return id;
    }

    /**
     * Imports into the member's workspace. A fatal problem with the file throws {@link ImportFailure}
     * and changes nothing (the run is recorded as failed).
     */
    public ImportReport run(CurrentMember me, UUID importId, Request request) {
        Path work = null;
        try {
            work = Files.createTempDirectory("rapport-import");
            Upload upload = request.upload();
            Optional<Format> declared = request.format();
            if (ZipLimits.isZip(upload)) {
                if (declared.isPresent() && declared.get() != Format.LINKEDIN) {
                    throw new ImportFailure(
                            1, "this is a ZIP archive, not " + declared.get().label());
                }
                Path csv = settings.zipLimits().extract(upload, "Connections.csv", work);
                upload = new FileUpload(csv, upload.fileName());
                declared = Optional.of(Format.LINKEDIN);
            }
            TextFile.Encoding encoding = TextFile.detect(upload);
            Format format = FormatDetector.detect(upload, encoding, declared);
            Upload file = upload;
            Tally tally = new Tally();
            tx.executeWithoutResult(status -> {
                importInto(me, importId, file, encoding, format, request, tally);
                ImportReport report = tally.report(importId, name(request.upload()), format.wire(), request.dryRun());
                if (request.dryRun()) {
                    status.setRollbackOnly();
                } else {
                    imports.finish(
                            me.workspace(), importId, "done", format.wire(), report, json.writeValueAsString(report));
                }
            });
            ImportReport report = tally.report(importId, name(request.upload()), format.wire(), request.dryRun());
            if (!request.dryRun()) {
                statistics.refreshAfterBulkWrite((long) report.created() + report.updated());
            }
            if (request.dryRun()) {
                progressTx.executeWithoutResult(s -> imports.finish(
                        me.workspace(), importId, "previewed", format.wire(), report, json.writeValueAsString(report)));
            }
            return report;
        } catch (ImportFailure failure) {
            failed(me, importId, request, failure.errors());
            throw failure;
        } catch (IOException e) {
            failed(me, importId, request, List.of(new LineError(1, "the upload could not be read")));
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            failed(
                    me,
                    importId,
                    request,
                    List.of(new LineError(0, "the import failed on the server; nothing was changed")));
            throw e;
        } finally {
            progress.remove(importId);
            runningHere.remove(importId);
            deleteQuietly(work);
        }
    }

    private void importInto(
            CurrentMember me,
            UUID importId,
            Upload file,
            TextFile.Encoding encoding,
            Format format,
            Request request,
            Tally tally) {
        try (Reader reader = TextFile.open(file, encoding)) {
            if (format == Format.ICS) {
                Set<String> own = new TreeSet<>();
                own.add(me.email().toLowerCase(Locale.ROOT));
                request.alsoMe().forEach(e -> own.add(e.trim().toLowerCase(Locale.ROOT)));
                MeetingImport meetings = new MeetingImport(me, importId, batch, encounters, imports, json, tally);
                CalendarMeetings.read(reader, own, Instant.now(), meetings);
                meetings.flush();
                return;
            }
            PeopleImport people = new PeopleImport(
                    me,
                    importId,
                    format.wire(),
                    batch,
                    imports,
                    json,
                    tally,
                    n -> reportProgress(me.workspace(), importId, n));
            switch (format) {
                case LINKEDIN -> LinkedInConnections.read(reader, people);
                case GOOGLE_CSV -> GoogleContacts.read(reader, people);
                case OUTLOOK_CSV -> OutlookContacts.read(reader, people);
                case VCARD -> VCardPeople.read(reader, people);
                case ICS -> throw new IllegalStateException();
            }
            people.flush();
        } catch (IOException e) {
            throw new ImportFailure(1, "the file could not be read: " + e.getMessage());
        }
    }

    private void reportProgress(WorkspaceId ws, UUID importId, int processed) {
        progress.put(importId, processed);
        if (dialect.writesBesideALongTransaction()) {
            progressTx.executeWithoutResult(s -> imports.progress(ws, importId, processed));
        }
    }

    private void failed(CurrentMember me, UUID importId, Request request, List<LineError> errors) {
        failed(
                me.workspace(),
                importId,
                name(request.upload()),
                request.format().map(Format::wire).orElse("unknown"),
                request.dryRun(),
                errors);
    }

    private void failed(
            WorkspaceId ws, UUID importId, String fileName, String format, boolean dryRun, List<LineError> errors) {
        ImportReport report = new ImportReport(
                importId,
                fileName,
                format,
                dryRun,
                0,
                0,
                0,
                0,
                0,
                errors,
                new ImportReport.Examples(List.of(), List.of(), List.of(), List.of()));
        progressTx.executeWithoutResult(
                s -> imports.finish(ws, importId, "failed", format, report, json.writeValueAsString(report)));
    }

    /**
     * Says so on this node's running imports every {@link #HEARTBEAT_MS}, where a write can go beside
     * their transaction (PostgreSQL): another node then knows they are alive.
     */
    @Scheduled(fixedDelay = HEARTBEAT_MS, initialDelay = HEARTBEAT_MS)
    void heartbeat() {
        if (dialect.writesBesideALongTransaction() && !runningHere.isEmpty()) {
            progressTx.executeWithoutResult(s -> imports.beat(runningHere, System.currentTimeMillis()));
        }
    }

    /**
     * An import recorded as running that no node has said anything about for {@link #ABANDONED_AFTER_MS}
     * (its node stopped: a crash, a deploy) will never finish; its transaction was rolled back with
     * the node, so it changed nothing. It is recorded as failed, saying so. On SQLite, where there is
     * only one node and no heartbeat, that is any running import this node is not running.
     */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void abandonStale() {
        for (var stale : imports.staleRunning(System.currentTimeMillis() - ABANDONED_AFTER_MS)) {
            if (!runningHere.containsKey(stale.id())) {
                failed(
                        stale.workspace(),
                        stale.id(),
                        stale.fileName(),
                        stale.format(),
                        stale.dryRun(),
                        List.of(new LineError(
                                0,
                                "the server stopped during this import; nothing was changed. Import the file again.")));
            }
        }
    }

    /** An import's state: running (with rows processed so far), done, previewed, failed or undone. */
    public record Progress(
            UUID importId,
            String status,
            int processed,
            @Nullable ImportReport report) {}

    public Progress progress(CurrentMember me, UUID importId) {
        var run = imports.find(me.workspace(), importId).orElseThrow(() -> new NotFoundException("import", importId));
        Integer live = progress.get(importId);
        int processed = live != null ? live : run.processed();
        ImportReport report =
                run.status().equals("running") ? null : json.readValue(run.reportJson(), ImportReport.class);
        return new Progress(importId, run.status(), processed, report);
    }

    /** The history: real imports, newest first (dry runs are not listed). */
    public PageResponse<ImportRun> list(CurrentMember me, PageRequest page) {
        List<ImportRun> runs = new ArrayList<>();
        for (var r : imports.list(me.workspace(), page.size(), page.offset())) {
            runs.add(ImportRun.of(r));
        }
        return new PageResponse<>(runs, page.page(), page.size(), imports.count(me.workspace()));
    }

    public ImportRun get(CurrentMember me, UUID id) {
        return imports.find(me.workspace(), id)
                .filter(r -> !r.dryRun())
                .map(ImportRun::of)
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    /**
     * Undoes an import: the people and encounters it created go (people the way a bulk delete takes
     * them), the people and encounters it changed get back what they were before.
     */
    public ImportRun undo(CurrentMember me, UUID id) {
        var run = imports.find(me.workspace(), id)
                .filter(r -> !r.dryRun())
                .orElseThrow(() -> new NotFoundException("import", id));
        if (!run.status().equals("done")) {
            throw new ConflictException("Only a finished import can be undone; this one is " + run.status());
        }
        tx.executeWithoutResult(s -> {
            List<UUID> createdPeople = new ArrayList<>();
            List<PersonBatch.Entry> restored = new ArrayList<>();
            Map<UUID, String> revisions = new java.util.HashMap<>();
            for (var c : imports.changes(me.workspace(), id)) {
                if (c.entity().equals("encounter")) {
                    try {
                        if (c.action().equals("created")) {
                            encounters.delete(me, c.entityId());
                        } else if (c.beforeJson() != null) {
                            var before = json.readValue(c.beforeJson(), MeetingImport.MeetingBefore.class);
                            encounters.update(
                                    me,
                                    c.entityId(),
                                    before.encounter(),
                                    encounters.get(me, c.entityId()).version());
                            revisions.put(c.entityId(), before.revision());
                        }
                    } catch (NotFoundException alreadyGone) {
                        // deleted by hand since the import
                    }
                } else if (c.action().equals("created")) {
                    createdPeople.add(c.entityId());
                } else if (c.beforeJson() != null) {
                    restored.add(
                            new PersonBatch.Entry(c.entityId(), json.readValue(c.beforeJson(), PersonDraft.class)));
                }
            }
            Set<UUID> still = batch.drafts(
                            me, restored.stream().map(PersonBatch.Entry::id).toList())
                    .keySet();
            batch.update(
                    me, restored.stream().filter(e -> still.contains(e.id())).toList());
            imports.deleteSources(me.workspace(), id);
            imports.restoreRevisions(me.workspace(), revisions);
            batch.deleteLater(me, createdPeople);
            imports.markUndone(me.workspace(), id);
        });
        return get(me, id);
    }

    private static String name(Upload upload) {
        String n = upload.fileName();
        return n.isBlank() ? "upload" : n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static void deleteQuietly(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the OS
        }
    }
}
