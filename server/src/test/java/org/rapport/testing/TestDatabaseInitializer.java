package org.rapport.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points each test application context at a fresh database of the vendor under test, and at a fresh
 * search index directory (an index belongs to one node and follows one database).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "rapport-test-database",
                        Map.of(
                                "spring.datasource.url",
                                TestDatabase.createDatabase(),
                                "rapport.search.index-dir",
                                TestDatabase.createIndexDirectory())));
    }
}
