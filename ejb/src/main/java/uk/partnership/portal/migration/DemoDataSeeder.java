package uk.partnership.portal.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.partnership.portal.account.PasswordHasher;

/**
 * Loads the demo partnership ({@code config/demo/demo-data.sql}) — only when asked ({@code portal.demo.seed=true},
 * which the embedded launcher sets for the database it created) and only into a database with no agencies yet; then
 * its meetings ({@code config/demo/demo-history.sql}) unless {@code portal.demo.history=false} (the web tests, which
 * schedule the same meetings themselves).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataSeeder {

    static final String DEMO_PASSWORD = "Partnership-Demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @EJB
    DatabaseMigrator migrator;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "portal.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "portal.demo.history", defaultValue = "true")
    boolean history;

    @PostConstruct
    void seedIfAsked() {
        if (!seed || !migrator.succeeded()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // Serialises two nodes starting at once; the second finds the agencies and stops.
                s.execute("lock table agency in exclusive mode");
                try (ResultSet rs = s.executeQuery("select count(*) from agency")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        c.rollback();
                        return;
                    }
                }
                s.execute(script("demo-data.sql"));
                if (history) {
                    s.execute(script("demo-history.sql"));
                }
            }
            try (Statement s = c.createStatement()) {
                // Each account gets its own salt; all share the documented demo password.
                try (ResultSet rs = s.executeQuery("select id from person where password_hash = 'DEMO'")) {
                    try (var update = c.prepareStatement("update person set password_hash = ? where id = ?")) {
                        while (rs.next()) {
                            update.setString(1, hasher.hash(DEMO_PASSWORD.toCharArray()));
                            update.setLong(2, rs.getLong(1));
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                }
            }
            c.commit();
            LOG.info(history ? "Demo partnership loaded with its meetings" : "Demo partnership loaded");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Demo data could not be loaded", e);
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = DemoDataSeeder.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("demo/" + name + " is missing from the ejb jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
