package uk.partnership.portal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.agency.AgencyKind;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.shared.BaseEntity;

/** A referral takes at least the protection its resolution had where it was made, whatever the receiving body. */
class ReferralAccessTest {

    private static long ids = 1;
    private final Agency police = withId(new Agency("Cleveland Police", AgencyKind.POLICE));
    private final Agency health = withId(new Agency("South Tees CCG", AgencyKind.ICB_CCG));
    private final Agency school = withId(new Agency("Acklam Grange School", AgencyKind.SCHOOL));
    private final Body publicPanel = body("CYPSC", AccessLevel.PUBLIC, Set.of());
    private final Body board = body("CTB", AccessLevel.PARTNERSHIP, Set.of());
    private final Body panel = body("JSIP", AccessLevel.RESTRICTED, Set.of(police, health));
    private final Body osb = body("OSB", AccessLevel.PUBLIC, Set.of());

    @Test
    void anExemptResolutionStaysExemptWithItsParagraphAndPublishableTitle() {
        AgendaItem source = item(publicPanel, AccessLevel.EXEMPT, Set.of());
        source.restrict(AccessLevel.EXEMPT, 3, "Staffing matter", Set.of());
        AgendaItem referral = refer(source, osb);
        assertEquals(AccessLevel.EXEMPT, referral.getAccessLevel());
        assertEquals(3, referral.getExemptParagraph());
        assertEquals("Staffing matter", referral.getPublicTitle());
    }

    @Test
    void onlyAFullyPublicResolutionTakesTheReceivingBodysLevel() {
        assertEquals(AccessLevel.PUBLIC, refer(item(publicPanel, AccessLevel.PUBLIC, Set.of()), osb).getAccessLevel());
        assertEquals(AccessLevel.PARTNERSHIP, refer(item(publicPanel, AccessLevel.PUBLIC, Set.of()), board)
                .getAccessLevel(), "a members-only receiver keeps its own level");
        assertEquals(AccessLevel.PARTNERSHIP, refer(item(board, AccessLevel.PUBLIC, Set.of()), osb).getAccessLevel(),
                "a public item of a members-only board is members-only");
    }

    @Test
    void aRestrictedResolutionKeepsOnlyTheAgenciesBothItemAndBodyAllow() {
        AgendaItem fromItem = refer(item(publicPanel, AccessLevel.RESTRICTED, Set.of(police)), osb);
        assertEquals(AccessLevel.RESTRICTED, fromItem.getAccessLevel());
        assertEquals(Set.of("Cleveland Police"), names(fromItem));
        AgendaItem fromBody = refer(item(panel, AccessLevel.PUBLIC, Set.of()), osb);
        assertEquals(Set.of("Cleveland Police", "South Tees CCG"), names(fromBody));
        AgendaItem both = refer(item(panel, AccessLevel.RESTRICTED, Set.of(police, school)), osb);
        assertEquals(Set.of("Cleveland Police"), names(both));
        AgendaItem none = refer(item(panel, AccessLevel.RESTRICTED, Set.of(school)), osb);
        assertEquals(AccessLevel.PARTNERSHIP, none.getAccessLevel(), "no agency both allow: members only");
        assertEquals(AccessLevel.PARTNERSHIP, refer(item(panel, AccessLevel.PARTNERSHIP, Set.of()), osb).getAccessLevel());
        assertNull(none.getExemptParagraph());
    }

    @Test
    void aNewItemStartsAsPrivateAsItsBody() {
        assertEquals(AccessLevel.PUBLIC, meeting(osb).addBusiness("Budget", ItemPurpose.DECISION).getAccessLevel());
        assertEquals(AccessLevel.PARTNERSHIP, meeting(board).addBusiness("Budget", ItemPurpose.DECISION).getAccessLevel());
        AgendaItem restricted = meeting(panel).addBusiness("Cases", ItemPurpose.DISCUSSION);
        assertEquals(AccessLevel.RESTRICTED, restricted.getAccessLevel());
        assertEquals(Set.of("Cleveland Police", "South Tees CCG"), names(restricted));
    }

    private AgendaItem refer(AgendaItem source, Body to) {
        return meeting(to).receiveReferral("Referred from the " + source.getMeeting().getBody().getName(), source);
    }

    private AgendaItem item(Body body, AccessLevel level, Set<Agency> agencies) {
        AgendaItem item = meeting(body).addBusiness("Item of " + body.getShortName(), ItemPurpose.DECISION);
        item.restrict(level, level == AccessLevel.EXEMPT ? 1 : null, null, agencies);
        return item;
    }

    private static Meeting meeting(Body body) {
        return new Meeting(body, OffsetDateTime.of(2037, 3, 2, 18, 0, 0, 0, ZoneOffset.UTC), "Town Hall", null);
    }

    private static Body body(String shortName, AccessLevel level, Set<Agency> agencies) {
        Body body = withId(new Body(shortName + " body", shortName, BodyKind.BOARD, level));
        body.setAccess(level, false, agencies);
        return body;
    }

    private static Set<String> names(AgendaItem item) {
        return item.getNamedAgencies().stream().map(Agency::getName).collect(Collectors.toSet());
    }

    private static <T extends BaseEntity> T withId(T entity) {
        try {
            var id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, ids++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
