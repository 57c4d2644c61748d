package org.rapport.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole server on a real port and a real database: SQLite or PostgreSQL, as the
 * {@code rapport.test.db} system property says (the build runs every such test once for each).
 * Sign-up is open so each test can make its own workspace and never see another test's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rapport.signup=open", "logging.level.root=warn", "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface RapportTest {}
