package uk.partnership.portal.web.support;

import java.sql.SQLException;
import java.util.stream.Stream;

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

    /**
     * A connection that could not be had or was cut (SQL state class 08, or the server shutting down or starting),
     * or a commit that lost its connection, which did not commit.
     */
    public static boolean unavailable(Throwable failure) {
        return causes(failure).anyMatch(c -> c instanceof jakarta.transaction.SystemException)
                || sqlStates(failure).anyMatch(state -> state.startsWith("08") || state.startsWith("57P0"));
    }

    /** PostgreSQL refused a NUL byte in text (invalid byte sequence for UTF-8, 22021). */
    public static boolean nulCharacter(Throwable failure) {
        return sqlStates(failure).anyMatch("22021"::equals)
                || causes(failure).map(Throwable::getMessage).anyMatch(m -> m != null
                && m.contains("invalid byte sequence") && m.contains("0x00"));
    }

    /** The failure and its causes, in order. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, c -> c != null, c -> c.getCause() == c ? null : c.getCause());
    }

    /** Every SQL state reported along the chain, chained SQL exceptions included. */
    private static Stream<String> sqlStates(Throwable failure) {
        return causes(failure).filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .flatMap(sql -> Stream.iterate(sql, e -> e != null, SQLException::getNextException))
                .map(SQLException::getSQLState).filter(java.util.Objects::nonNull);
    }
}
