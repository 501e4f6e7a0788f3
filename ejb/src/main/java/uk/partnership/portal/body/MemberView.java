package uk.partnership.portal.body;

import java.io.Serializable;
import java.time.LocalDate;

/** One seat on a body as shown to people who may see the body. No contact details. */
public record MemberView(long membershipId, long version, long bodyId, long personId, String name, String role, String roleCode,
                         long agencyId, String agency, boolean voting, LocalDate startsOn, LocalDate endsOn,
                         boolean current) implements Serializable {

    static MemberView of(Membership m, LocalDate today) {
        return new MemberView(m.getId(), m.getVersion(), m.getBody().getId(), m.getPerson().getId(), m.getPerson().getFullName(),
                m.getRole().label(), m.getRole().name(), m.getAgency().getId(), m.getAgency().getName(),
                m.isVoting(), m.getStartsOn(), m.getEndsOn(), m.isCurrentOn(today));
    }
}
