package uk.partnership.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.SystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("EJB", new RuntimeException("persistence", cause));
    }

    @Test
    void aLostOrRefusedConnectionOrAFailedCommitIsTheDatabaseBeingAway() {
        assertTrue(DatabaseTrouble.unavailable(wrapped(new SQLException("refused", "08001"))));
        assertTrue(DatabaseTrouble.unavailable(wrapped(new SQLException("shutting down", "57P01"))));
        SQLException chained = new SQLException("batch", "XX000");
        chained.setNextException(new SQLException("closed", "08003"));
        assertTrue(DatabaseTrouble.unavailable(wrapped(chained)), "the state of a chained exception counts");
        assertTrue(DatabaseTrouble.unavailable(wrapped(new SystemException())));
        assertFalse(DatabaseTrouble.unavailable(wrapped(new SQLException("unique", "23505"))));
        assertFalse(DatabaseTrouble.unavailable(new IllegalStateException("no SQL at all")));
    }

    @Test
    void aNulByteIsRecognisedByStateOrByWhatPostgresSaid() {
        assertTrue(DatabaseTrouble.nulCharacter(wrapped(new SQLException("bad", "22021"))));
        assertTrue(DatabaseTrouble.nulCharacter(wrapped(new RuntimeException(
                "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00"))));
        assertFalse(DatabaseTrouble.nulCharacter(wrapped(new SQLException("refused", "08001"))));
    }
}
