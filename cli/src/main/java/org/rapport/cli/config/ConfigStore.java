package org.rapport.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps the {@link Config} in {@code config.properties} in the user's config directory:
 * {@code $RAPPORT_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/rapport}, else {@code
 * ~/.config/rapport}. The token is a password: the directory is 700 and the file 600.
 */
public final class ConfigStore {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dir;

    public ConfigStore(Path dir) {
        this.dir = dir;
    }

    public static ConfigStore locate(Map<String, String> env) {
        String own = env.get("RAPPORT_CONFIG_DIR");
        if (own != null && !own.isBlank()) {
            return new ConfigStore(Path.of(own));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new ConfigStore(Path.of(xdg, "rapport"));
        }
        return new ConfigStore(Path.of(System.getProperty("user.home"), ".config", "rapport"));
    }

    public Path file() {
        return dir.resolve("config.properties");
    }

    public Optional<Config> load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String server = p.getProperty("server", "");
        String token = p.getProperty("token", "");
        return server.isBlank() || token.isBlank() ? Optional.empty() : Optional.of(new Config(server, token));
    }

    /** Writes a new file with owner-only permissions and moves it into place, so no reader sees half of it. */
    public void save(Config config) {
        Properties p = new Properties();
        p.setProperty("server", config.server());
        p.setProperty("token", config.token());
        try {
            if (POSIX) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(dir);
            }
            Path temp = POSIX
                    ? Files.createTempFile(
                            dir,
                            "config",
                            ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, "config", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "rapport command line: server and API token (keep this file private)");
            }
            Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file() + ": " + e.getMessage(), e);
        }
    }
}
