package uk.partnership.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts a real PostgreSQL from the zonky binaries, set up to keep its data safely between runs. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * @param dataDir kept between runs; created on first use
     * @param port    0 for any free port
     */
    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        stopStalePostmaster(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // zonky turns these off for speed; data that must survive a restart needs them on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        if (Boolean.getBoolean("portal.db.statements")) {
            // The load benchmark counts the statements each request costs.
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        return builder.start();
    }

    /** A launcher killed with -9 leaves its postmaster running on the data directory; stop it first. */
    private static void stopStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive()) {
            System.out.println("Stopping a PostgreSQL left running by an earlier start (pid " + pid.get() + ")");
            process.get().destroy();
            try {
                process.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }
}
