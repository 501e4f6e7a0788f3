package uk.partnership.portal.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real PostgreSQL for the whole integration-test run, started before the first Arquillian container. Failsafe
 * reserves the port and hands the same URL to Payara Micro through DB_URL; unit-test runs (no port) start nothing.
 * Its data directory is kept across {@link #stopDatabase()} and {@link #startDatabase()}, so a test can take the
 * database away under a running portal and bring the same data back on the same port.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.pg.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            dataDirectory = Files.createTempDirectory("portal-it-postgres");
            startDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            stopDatabase();
            if (dataDirectory != null) {
                try (Stream<Path> files = Files.walk(dataDirectory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts PostgreSQL on the reserved port over the run's data directory (initialised on first start). */
    public static synchronized void startDatabase() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(System.getProperty("it.pg.port")))
                    .setDataDirectory(dataDirectory)
                    // zonky's fsync=off stays: a clean (fast) shutdown writes every committed change out, and no
                    // test here crashes the machine.
                    .setCleanDataDirectory(false)
                    .start();
        }
    }

    /** Stops PostgreSQL (a fast shutdown: open connections are cut, committed data kept). */
    public static synchronized void stopDatabase() throws IOException {
        if (postgres != null) {
            try {
                postgres.close();
            } finally {
                postgres = null;
            }
        }
    }

    /** A JDBC URL for tests that look at the database directly. */
    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + System.getProperty("it.pg.port") + "/postgres";
    }
}
