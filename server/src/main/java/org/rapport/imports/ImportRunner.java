package org.rapport.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.rapport.accounts.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background (async=true, and the web page): the upload is copied first, since
 * the request's own file goes when the request ends. The run's state lives in the database.
 */
@Component
public class ImportRunner {
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private final ImportService imports;
    private final ExecutorService executor =
            new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100), r -> {
                Thread t = new Thread(r, "import");
                t.setDaemon(true);
                return t;
            });

    ImportRunner(ImportService imports) {
        this.imports = imports;
    }

    public UUID startInBackground(CurrentMember me, ImportService.Request request) throws IOException {
        Path copy = Files.createTempFile("rapport-upload", ".bin");
        try (InputStream in = request.upload().open()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        ImportService.Request own = new ImportService.Request(
                new FileUpload(copy, request.upload().fileName()),
                request.format(),
                request.dryRun(),
                request.alsoMe());
        UUID id = imports.start(me, own);
        executor.execute(() -> {
            try {
                imports.run(me, id, own);
            } catch (ImportFailure expected) {
                // recorded as failed, with its errors, by the service
            } catch (RuntimeException e) {
                log.error("Import {} failed", id, e);
            } finally {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    log.warn("Could not delete {}", copy);
                }
            }
        });
        return id;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
