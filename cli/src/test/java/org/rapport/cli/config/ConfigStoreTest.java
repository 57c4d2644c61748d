package org.rapport.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {
    @TempDir
    Path home;

    @Test
    void rapportConfigDirWinsThenXdgThenTheHomeDirectory() {
        assertThat(ConfigStore.locate(Map.of("RAPPORT_CONFIG_DIR", "/a", "XDG_CONFIG_HOME", "/b"))
                        .file())
                .isEqualTo(Path.of("/a/config.properties"));
        assertThat(ConfigStore.locate(Map.of("XDG_CONFIG_HOME", "/b")).file())
                .isEqualTo(Path.of("/b/rapport/config.properties"));
        assertThat(ConfigStore.locate(Map.of()).file())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "rapport", "config.properties"));
    }

    @Test
    void theTokenIsSavedForTheOwnerOnlyAndReadBack() throws Exception {
        var store = new ConfigStore(home.resolve("deep/rapport"));
        assertThat(store.load()).isEmpty();
        store.save(new Config("http://localhost:8080", "rpt_secret"));
        store.save(new Config("http://localhost:9090", "rpt_other"));
        assertThat(store.load()).contains(new Config("http://localhost:9090", "rpt_other"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(store.file().getParent())))
                .isEqualTo("rwx------");
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files).containsExactly(store.file());
        }
    }

    @Test
    void aFileWithoutATokenIsNoSignIn() throws Exception {
        Files.writeString(home.resolve("config.properties"), "server=http://x\n");
        assertThat(new ConfigStore(home).load()).isEmpty();
    }
}
