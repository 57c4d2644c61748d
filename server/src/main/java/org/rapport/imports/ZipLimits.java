package org.rapport.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads one entry out of an uploaded ZIP (the LinkedIn export) with limits against zip bombs: the
 * number of entries, the bytes actually inflated (never the sizes the archive claims) and the
 * compression ratio.
 */
public record ZipLimits(int maxEntries, long maxUncompressedBytes, int maxRatio) {
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 512L * 1024 * 1024, 200);

    public static boolean isZip(Upload upload) throws IOException {
        try (InputStream in = upload.open()) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * Copies the entry whose file name (in any folder, any case) is {@code name} to a temporary file;
     * the caller deletes it. A missing entry or a broken limit is an {@link ImportFailure}.
     */
    public Path extract(Upload upload, String name, Path workDir) throws IOException {
        Path zipPath = Files.createTempFile(workDir, "upload", ".zip");
        try {
            try (InputStream in = upload.open()) {
                Files.copy(in, zipPath, StandardCopyOption.REPLACE_EXISTING);
            }
            return extractFrom(zipPath, name, workDir);
        } finally {
            Files.deleteIfExists(zipPath);
        }
    }

    private Path extractFrom(Path zipPath, String name, Path workDir) throws IOException {
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            if (zip.size() > maxEntries) {
                throw new ImportFailure(
                        1, "the ZIP holds " + zip.size() + " entries; at most " + maxEntries + " are read");
            }
            ZipEntry wanted = null;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && file.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    wanted = entry;
                    break;
                }
            }
            if (wanted == null) {
                throw new ImportFailure(1, "the ZIP holds no " + name + " (is it a LinkedIn data export?)");
            }
            Path out = Files.createTempFile(workDir, "entry", ".csv");
            long compressed = Math.max(1, wanted.getCompressedSize());
            try (InputStream in = zip.getInputStream(wanted);
                    OutputStream os = Files.newOutputStream(out)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUncompressedBytes) {
                        throw new ImportFailure(1, name + " inflates to more than " + maxUncompressedBytes + " bytes");
                    }
                    if (total > 1024 * 1024 && total / compressed > maxRatio) {
                        throw new ImportFailure(
                                1, name + " is compressed more than " + maxRatio + ":1, which only a zip bomb does");
                    }
                    os.write(buffer, 0, n);
                }
            } catch (ImportFailure | IOException e) {
                Files.deleteIfExists(out);
                throw e;
            }
            return out;
        } catch (ZipException e) {
            throw new ImportFailure(1, "the ZIP archive is damaged: " + e.getMessage());
        }
    }
}
