package uk.partnership.portal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the portal on one machine: a real PostgreSQL from the zonky binaries in a kept data directory, then Payara
 * Micro as a child process with the portal war. With DB_URL set it starts no database and loads no demo data.
 * Ctrl-C stops Payara first, then PostgreSQL.
 */
public final class EmbeddedPortal {

    private static final int HTTP_PORT = Integer.getInteger("portal.http.port", 8080);

    private EmbeddedPortal() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path home = launcherHome();
        Map<String, String> env = System.getenv();
        if (!portFree(HTTP_PORT)) {
            System.err.println("Port " + HTTP_PORT + " is already in use. Stop whatever is running there "
                    + "(perhaps an earlier portal) and start again.");
            System.exit(2);
        }

        EmbeddedPostgres postgres = null;
        List<String> properties = new ArrayList<>();
        if (env.containsKey("DB_URL")) {
            System.out.println("Using the PostgreSQL at DB_URL; no demo data is loaded.");
        } else {
            Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", "data")).toAbsolutePath().resolve("postgres");
            postgres = EmbeddedDatabase.start(dataDir, Integer.getInteger("portal.db.port", 0));
            properties.add("-Ddb.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            properties.add("-Ddb.user=postgres");
            properties.add("-Ddb.password=postgres");
            properties.add("-Dportal.demo.seed=true");
            System.out.println("Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDir);
        }
        LocalMail mail = null;
        if (!env.containsKey("PORTAL_MAIL_HOST") && postgres != null) {
            mail = LocalMail.start();
            properties.addAll(mail.properties());
            System.out.println("Local mail server (GreenMail) on port " + mail.port() + ": what the portal sends is "
                    + "listed for administrators at /admin/mail.xhtml. Set PORTAL_MAIL_HOST to use a real one.");
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(properties);
        command.addAll(List.of("-jar", home.resolve("payara-micro.jar").toString(),
                "--deploy", home.resolve("portal-web.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(HTTP_PORT),
                "--nocluster",
                "--prebootcommandfile", home.resolve("pre-boot.asadmin").toString()));
        Process payara = new ProcessBuilder(command).inheritIO().start();

        EmbeddedPostgres db = postgres;
        LocalMail localMail = mail;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(payara, db);
            if (localMail != null) {
                localMail.stop();
            }
        }, "portal-shutdown"));

        Optional<Duration> ready = waitUntilReady(payara, Duration.ofMinutes(3));
        if (ready.isPresent()) {
            System.out.printf("%nPortal ready at http://localhost:%d/ in %.1f s. Press Ctrl-C to stop.%n",
                    HTTP_PORT, (System.nanoTime() - started) / 1e9);
        } else if (payara.isAlive()) {
            System.err.println("The portal started but is not ready; see /health/ready and the log above.");
        }
        int exit = payara.waitFor();
        System.exit(exit);
    }

    private static Optional<Duration> waitUntilReady(Process payara, Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        URI ready;
        try {
            ready = new URI("http://localhost:" + HTTP_PORT + "/health/ready");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        while (System.nanoTime() < deadline && payara.isAlive()) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return Optional.of(Duration.ofNanos(deadline - System.nanoTime()));
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static void stop(Process payara, EmbeddedPostgres postgres) {
        if (payara.isAlive()) {
            payara.destroy();
            try {
                if (!payara.waitFor(20, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path launcherHome() throws URISyntaxException {
        Path jar = Path.of(EmbeddedPortal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path home = Files.isDirectory(jar) ? jar : jar.getParent();
        if (!Files.exists(home.resolve("payara-micro.jar"))) {
            throw new IllegalStateException("payara-micro.jar is not beside the launcher in " + home
                    + "; build with 'mvn -DskipTests package' first.");
        }
        return home;
    }
}
