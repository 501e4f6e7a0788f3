package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.partnership.portal.account.ApiTokenService;
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.account.SignInService;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.migration.DatabaseMigrator;
import uk.partnership.portal.shared.NotFoundException;

/** Runs inside Payara Micro against the embedded PostgreSQL: schema, demo data, sign-in, tokens, locking. */
@ExtendWith(ArquillianExtension.class)
class PortalServicesIT {

    private static final char[] DEMO_PASSWORD = "Partnership-Demo-2026".toCharArray();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(PortalServicesIT.class);
    }

    @Inject
    DatabaseMigrator migrator;

    @Inject
    SignInService signIn;

    @Inject
    ApiTokenService tokens;

    @Inject
    BodyService bodies;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Test
    void flywayBuiltTheSchemaAndEclipseLinkGeneratedNothing() throws Exception {
        assertTrue(migrator.succeeded(), () -> "migration failed: " + migrator.failure());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*) filter (where not success), max(version::int)
                     from flyway_schema_history where version is not null""")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no failed migration");
            assertEquals(String.valueOf(rs.getInt(2)), migrator.schemaVersion());
            assertTrue(rs.getInt(2) >= 2, "access and audit schema applied");
        }
    }

    @Test
    void demoPartnershipIsLoadedWithHashedPasswords() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*) filter (where password_hash is not null),
                            count(*) filter (where password_hash like 'PBKDF2WithHmacSHA256:120000:%'),
                            count(distinct password_hash)
                     from person where password_hash is not null and email like '%@demo.invalid'""")) {
            rs.next();
            assertEquals(9, rs.getInt(1), "nine demo accounts can sign in");
            assertEquals(9, rs.getInt(2), "every one is a PBKDF2 hash");
            assertEquals(9, rs.getInt(3), "each has its own salt");
        }
    }

    @Test
    void anonymousCallerSeesOnlyPublicBodies() {
        List<BodySummary> visible = bodies.listBodies();
        assertEquals(List.of("CYPSC", "HWB", "OSB"), visible.stream().map(BodySummary::shortName).sorted().toList());
        long ctb = idOf("CTB");
        assertThrows(NotFoundException.class, () -> bodies.getBody(ctb));
        assertThrows(NotFoundException.class, () -> bodies.members(ctb));
        assertThrows(NotFoundException.class, () -> bodies.getBody(999_999));
    }

    @Test
    void correctPasswordSignsInAndWrongOneIsRefusedWithTheSameMessageAsAnUnknownName() {
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.signIn("Police ", DEMO_PASSWORD, "test").outcome());
        SignInResult wrong = signIn.signIn("health", "not-the-password".toCharArray(), "test");
        SignInResult unknown = signIn.signIn("nobody-" + UUID.randomUUID(), DEMO_PASSWORD, "test");
        assertEquals(SignInResult.Outcome.REFUSED, wrong.outcome());
        assertEquals(SignInResult.Outcome.REFUSED, unknown.outcome());
        assertEquals(wrong.message(), unknown.message());
        signIn.signIn("health", DEMO_PASSWORD, "test"); // clears the failure for later tests
    }

    @Test
    void unknownNamesAndWrongPasswordsTakeTheSameTime() {
        int rounds = 8;
        long wrongNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            signIn.signIn("school", ("wrong-" + i).toCharArray(), "timing");
            long t1 = System.nanoTime();
            signIn.signIn("ghost-" + UUID.randomUUID(), ("wrong-" + i).toCharArray(), "timing");
            long t2 = System.nanoTime();
            wrongNanos += t1 - t0;
            unknownNanos += t2 - t1;
            if (i % 3 == 2) {
                signIn.signIn("school", DEMO_PASSWORD, "timing"); // stay under the lockout
            }
        }
        double wrongMs = wrongNanos / 1e6 / rounds;
        double unknownMs = unknownNanos / 1e6 / rounds;
        System.out.printf("sign-in timing: wrong password %.1f ms, unknown username %.1f ms (mean of %d)%n",
                wrongMs, unknownMs, rounds);
        // Without the decoy hash an unknown name answers in well under a tenth of the time.
        assertTrue(unknownMs > wrongMs / 3 && unknownMs < wrongMs * 3,
                () -> "timings differ: " + wrongMs + " ms vs " + unknownMs + " ms");
    }

    @Test
    void fiveFailuresLockTheNameEvenWithTheRightPasswordAndSayHowLong() throws Exception {
        String name = "ghost-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(SignInResult.Outcome.REFUSED, signIn.signIn(name, "x".toCharArray(), "test").outcome());
        }
        SignInResult locked = signIn.signIn(name, "x".toCharArray(), "test");
        assertEquals(SignInResult.Outcome.THROTTLED, locked.outcome());
        assertTrue(locked.message().contains("Wait 15 minutes"), locked.message());

        for (int i = 0; i < 5; i++) {
            signIn.signIn("voluntary", "wrong".toCharArray(), "test");
        }
        assertEquals(SignInResult.Outcome.THROTTLED, signIn.signIn("voluntary", DEMO_PASSWORD, "test").outcome());

        // Other test classes share this database and sign in as the voluntary-sector partner.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from sign_in_throttle where login_key like 'name:voluntary%'");
        }
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.signIn("voluntary", DEMO_PASSWORD, "test").outcome());
    }

    @Test
    void aGuesserLocksOnlyTheirOwnAddressAndOneAddressCannotTryEveryName() throws Exception {
        for (int i = 0; i < 6; i++) {
            signIn.signIn("health", ("guess-" + i).toCharArray(), "203.0.113.5");
        }
        assertEquals(SignInResult.Outcome.THROTTLED, signIn.signIn("health", DEMO_PASSWORD, "203.0.113.5").outcome(),
                "the guesser's address is locked, right password or not");
        assertEquals(SignInResult.Outcome.SIGNED_IN, signIn.signIn("health", DEMO_PASSWORD, "198.51.100.7").outcome(),
                "the real person elsewhere is not locked out");

        int checked = 0;
        for (int i = 0; i < 40; i++) {
            SignInResult result = signIn.signIn("sprayed-" + i + "-" + UUID.randomUUID(), "x".toCharArray(), "203.0.113.9");
            checked += result.outcome() == SignInResult.Outcome.REFUSED ? 1 : 0;
        }
        System.out.printf("one address trying 40 names: %d passwords checked before the address limit%n", checked);
        assertEquals(30, checked, "the per-address limit");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from sign_in_throttle where login_key like 'name:health%'");
        }
    }

    @Test
    void tokensAreStoredOnlyAsHashesAndResolveToTheirPerson() throws Exception {
        SignInResult result = signIn.signIn("chair", DEMO_PASSWORD, "test");
        ApiTokenService.IssuedToken issued = tokens.issue(result.person());
        assertEquals("chair", tokens.resolve(issued.token()).orElseThrow().username());
        assertTrue(tokens.resolve(issued.token() + "x").isEmpty());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from api_token where token_hash = '" + issued.token() + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the raw token is never stored");
        }
    }

    @Test
    void aStaleCopyOfABodyCannotOverwriteANewerOne() throws Exception {
        long id = idOf("HWB");
        tx.begin();
        Body first = em.find(Body.class, id);
        long version = first.getVersion();
        tx.commit();

        // Someone else saves the body in between.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update body set quorum = 5, version = version + 1 where id = " + id);
        }

        first.describe("Overwritten from a stale copy", "Weekly", 2);
        tx.begin();
        assertThrows(OptimisticLockException.class, () -> {
            em.merge(first);
            em.flush();
        });
        tx.rollback();

        tx.begin();
        Body now = em.find(Body.class, id);
        assertEquals(version + 1, now.getVersion());
        assertEquals(5, now.getQuorum());
        assertFalse("Weekly".equals(now.getMeetingFrequency()));
        tx.commit();
    }

    private long idOf(String shortName) {
        return em.createQuery("select b.id from Body b where b.shortName = :s", Long.class)
                .setParameter("s", shortName).getSingleResult();
    }
}
