package uk.partnership.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final long POLICE = 2;
    private static final long HEALTH = 3;
    private final AccessPolicy policy = new AccessPolicy();

    private final Caller policeMember = new Caller(7L, POLICE, false, false, Set.of(10L), Set.of());
    private final Caller healthOfficer = new Caller(8L, HEALTH, false, false, Set.of(), Set.of());
    private final Caller secretary = new Caller(9L, 1L, false, false, Set.of(10L, 11L), Set.of(10L, 11L));
    private final Caller policeAdmin = new Caller(12L, POLICE, false, true, Set.of(), Set.of());
    private final Caller admin = new Caller(1L, 1L, true, false, Set.of(), Set.of());

    @Test
    void publicRecordsAreForEveryone() {
        Scope open = new Scope(20, AccessLevel.PUBLIC, Set.of());
        for (Caller c : Set.of(Caller.ANONYMOUS, policeMember, healthOfficer, policeAdmin)) {
            assertTrue(policy.maySee(c, open));
        }
    }

    @Test
    void partnershipAndExemptRecordsAreForCurrentMembersOnly() {
        for (AccessLevel level : Set.of(AccessLevel.PARTNERSHIP, AccessLevel.EXEMPT)) {
            Scope scope = new Scope(10, level, Set.of(HEALTH));
            assertTrue(policy.maySee(policeMember, scope), level::name);
            assertTrue(policy.maySee(secretary, scope), level::name);
            assertFalse(policy.maySee(healthOfficer, scope), "naming an agency opens only restricted records");
            assertFalse(policy.maySee(policeAdmin, scope), "an agency administrator is not a member");
            assertFalse(policy.maySee(Caller.ANONYMOUS, scope));
        }
    }

    @Test
    void restrictedRecordsAlsoReachTheNamedAgencies() {
        Scope restricted = new Scope(30, AccessLevel.RESTRICTED, Set.of(HEALTH));
        assertTrue(policy.maySee(healthOfficer, restricted));
        assertFalse(policy.maySee(policeMember, restricted));
        assertFalse(policy.maySee(Caller.ANONYMOUS, restricted));
    }

    @Test
    void aPublicItemOfAMembersOnlyBodyIsStillMembersOnly() {
        Scope body = new Scope(10, AccessLevel.PARTNERSHIP, Set.of());
        Scope publicItem = new Scope(10, AccessLevel.PUBLIC, Set.of()).inside(body);
        assertTrue(policy.maySee(policeMember, publicItem));
        assertFalse(policy.maySee(Caller.ANONYMOUS, publicItem), "the item's own level cannot open its body");
        assertFalse(policy.maySee(healthOfficer, publicItem));
        Scope restrictedBody = new Scope(30, AccessLevel.RESTRICTED, Set.of(HEALTH));
        assertTrue(policy.maySee(healthOfficer, new Scope(30, AccessLevel.PUBLIC, Set.of()).inside(restrictedBody)));
        assertFalse(policy.maySee(healthOfficer, new Scope(30, AccessLevel.RESTRICTED, Set.of(POLICE))
                .inside(restrictedBody)), "both must let the caller in");
        assertTrue(policy.maySee(admin, new Scope(30, AccessLevel.EXEMPT, Set.of()).inside(restrictedBody)));
    }

    @Test
    void administratorsSeeEverything() {
        assertTrue(policy.maySee(admin, new Scope(99, AccessLevel.EXEMPT, Set.of())));
    }

    @Test
    void onlySecretariesOfTheBodyAndAdministratorsManageIt() {
        assertTrue(policy.mayManage(secretary, 10));
        assertFalse(policy.mayManage(secretary, 12));
        assertFalse(policy.mayManage(policeMember, 10));
        assertTrue(policy.mayManage(admin, 12));
    }

    @Test
    void agencyAdministratorsManageTheirOwnAgencysPeopleOnly() {
        assertTrue(policy.mayManagePeopleOf(policeAdmin, POLICE));
        assertFalse(policy.mayManagePeopleOf(policeAdmin, HEALTH));
        assertFalse(policy.mayManagePeopleOf(policeMember, POLICE));
        assertTrue(policy.mayManagePeopleOf(admin, HEALTH));
        assertEquals(-1L, Caller.ANONYMOUS.agencyIdOrNone());
    }
}
