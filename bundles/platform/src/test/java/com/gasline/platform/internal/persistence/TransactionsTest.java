package com.gasline.platform.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

import com.gasline.platform.api.problem.ProblemException;

class TransactionsTest {

    /** Twenty tellers opening the first accounts of a branch at once race to create its number counter. */
    @Test
    void aKeyTakenByAConcurrentWriterIsAConflictEvenWrappedByEclipseLink() {
        RuntimeException wrapped = new javax.persistence.PersistenceException(
                DatabaseException.sqlException(new SQLException("duplicate key value violates unique constraint", "23505")));
        ProblemException p = (ProblemException) Transactions.translate(wrapped);
        assertEquals(409, p.status());
    }

    @Test
    void aLockHeldTooLongIsRetryLaterNotAServerError() {
        ProblemException p = (ProblemException) Transactions.translate(
                DatabaseException.sqlException(new SQLException("Timeout trying to lock table", "HYT00")));
        assertEquals(503, p.status());
        assertEquals(1, p.retryAfterSeconds());
    }

    @Test
    void anythingElseStaysAsItWas() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, Transactions.translate(bug));
    }
}
