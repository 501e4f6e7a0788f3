package uk.partnership.portal.web.support;

import java.sql.SQLException;

/**
 * Reads what PostgreSQL said under a failure, for the two cases a person should hear about in words rather than as a
 * server error: the database is away for a moment (a restart, a dropped connection), or the text sent holds a NUL
 * character, which PostgreSQL cannot store.
 */
public final class DatabaseTrouble {

    public static final String UNAVAILABLE = "The database is not answering just now, so nothing was saved. "
            + "Try again in a minute.";
    public static final String NUL_CHARACTER = "The text contains a NUL character (an invisible control character, "
            + "often pasted from another program). Remove it and try again.";

    private DatabaseTrouble() {
    }

    /** A connection that could not be had or was cut: SQL state class 08, or the server shutting down or starting. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof jakarta.transaction.SystemException) {
                return true; // the commit itself lost its connection: the transaction did not commit
            }
        }
        return anyState(failure, "08", "57P01", "57P02", "57P03");
    }

    /** PostgreSQL refused a NUL byte in text (invalid byte sequence, 22021). */
    public static boolean nulCharacter(Throwable failure) {
        return anyState(failure, "22021") || messageMentions(failure, "0x00");
    }

    private static boolean anyState(Throwable failure, String... prefixes) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    for (String prefix : prefixes) {
                        if (state != null && state.startsWith(prefix)) {
                            return true;
                        }
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean messageMentions(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("invalid byte sequence")
                    && cause.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
