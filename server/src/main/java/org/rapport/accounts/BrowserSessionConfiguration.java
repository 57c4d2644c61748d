package org.rapport.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** Browser sessions in the database (ADR 18). */
@Configuration(proxyBeanMethods = false)
class BrowserSessionConfiguration {
    /**
     * Session reads and writes without a transaction of their own: on SQLite every transaction takes
     * the one write lock at its start (ADR 2), so reading the session in one would make every page
     * wait behind an import. Without one, reading never waits; only saving a changed session does.
     * A save that stops half-way loses nothing but the session, which signs the member out.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations() {
        return TransactionOperations.withoutTransaction();
    }

    /** The application's own template, which Boot would no longer make once the one above exists. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }
}
