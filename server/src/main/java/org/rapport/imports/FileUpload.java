package org.rapport.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** An upload kept in a file of our own (an extracted ZIP entry, or a copy for an import run in the background). */
public record FileUpload(Path path, String fileName) implements Upload {
    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
