package org.rapport.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One logical schema: a version lives in common, or in both vendor folders, never in one vendor only. */
class MigrationsTest {
    private static final Path ROOT = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+(?:_\\d+)*)__.+\\.sql$");

    @Test
    void everyVersionExistsForBothVendorsOrInCommonOnly() throws IOException {
        Set<String> common = versions("common");
        Set<String> sqlite = versions("sqlite");
        Set<String> postgresql = versions("postgresql");

        assertThat(sqlite).as("versions only SQLite has").isEqualTo(postgresql);
        assertThat(common).as("versions both in common and in a vendor folder").doesNotContainAnyElementsOf(sqlite);
        Set<String> all = new TreeSet<>(common);
        all.addAll(sqlite);
        assertThat(all).as("versions").isNotEmpty();
    }

    @Test
    void pairedVendorFilesShareTheirName() throws IOException {
        assertThat(names("sqlite")).isEqualTo(names("postgresql"));
    }

    private static Set<String> versions(String folder) throws IOException {
        Set<String> versions = new TreeSet<>();
        for (String name : names(folder)) {
            Matcher m = VERSION.matcher(name);
            assertThat(m.matches())
                    .as(folder + "/" + name + " is named V<version>__<description>.sql")
                    .isTrue();
            versions.add(m.group(1));
        }
        return versions;
    }

    private static Set<String> names(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).forEach(names::add);
            return names;
        }
    }
}
