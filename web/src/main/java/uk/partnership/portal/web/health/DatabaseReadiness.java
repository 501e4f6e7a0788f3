package uk.partnership.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.partnership.portal.migration.DatabaseMigrator;

/** Ready only when the schema migrated and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = migrator.databaseAnswers();
        return HealthCheckResponse.named("database")
                .status(migrator.succeeded() && reachable)
                .withData("schemaVersion", String.valueOf(migrator.schemaVersion()))
                .withData("migration", migrator.succeeded() ? "ok" : "failed")
                .withData("reachable", reachable)
                .build();
    }
}
