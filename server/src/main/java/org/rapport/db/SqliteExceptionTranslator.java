package org.rapport.db;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.sqlite.SQLiteException;

/**
 * Spring knows PostgreSQL's error codes but not SQLite's, so a broken constraint on SQLite would
 * surface as an uncategorized error (a 500) where PostgreSQL gives a DataIntegrityViolation.
 * This maps SQLite's extended result codes to the same exception types, so both behave alike.
 */
final class SqliteExceptionTranslator extends SQLErrorCodeSQLExceptionTranslator {
    @Override
    protected @Nullable DataAccessException customTranslate(String task, @Nullable String sql, SQLException ex) {
        if (!(ex instanceof SQLiteException sqlite)) {
            return null;
        }
        String code = sqlite.getResultCode().name();
        String message = task + "; " + ex.getMessage();
        if (code.equals("SQLITE_CONSTRAINT_UNIQUE") || code.equals("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return new DuplicateKeyException(message, ex);
        }
        if (code.startsWith("SQLITE_CONSTRAINT")) {
            return new DataIntegrityViolationException(message, ex);
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return new CannotAcquireLockException(message, ex);
        }
        return null;
    }
}
