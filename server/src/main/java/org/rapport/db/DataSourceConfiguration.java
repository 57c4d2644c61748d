package org.rapport.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    /**
     * SQLite settings: WAL so readers never block the writer, foreign keys enforced, a busy timeout
     * so a second writer waits instead of failing, and IMMEDIATE transactions so a transaction takes
     * the write lock up front rather than failing halfway when another writer got there first.
     */
    static final String SQLITE_SETTINGS =
            "journal_mode=WAL&foreign_keys=on&busy_timeout=10000&transaction_mode=IMMEDIATE";

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, @Value("${rapport.data-dir}") Path dataDir) {
        String url = properties.getUrl();
        if (url == null || url.isBlank()) {
            url = sqliteUrl(dataDir);
            properties.setUrl(url);
        }
        Dialect dialect = Dialect.fromUrl(url);
        HikariDataSource dataSource = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        if (dialect == Dialect.SQLITE) {
            dataSource.setMaximumPoolSize(4);
        }
        log.info("Database: {} at {}", dialect, Dialect.redact(url));
        return dataSource;
    }

    @Bean
    Dialect dialect(HikariDataSource dataSource) {
        return Dialect.fromUrl(dataSource.getJdbcUrl());
    }

    /** Boot's JdbcTemplate, with SQLite's errors translated like PostgreSQL's (see SqliteExceptionTranslator). */
    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource, Dialect dialect) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        if (dialect == Dialect.SQLITE) {
            template.setExceptionTranslator(new SqliteExceptionTranslator());
        }
        return template;
    }

    static String sqliteUrl(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        return "jdbc:sqlite:" + dataDir.resolve("rapport.db").toAbsolutePath() + "?" + SQLITE_SETTINGS;
    }
}
