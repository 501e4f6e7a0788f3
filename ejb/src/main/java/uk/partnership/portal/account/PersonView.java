package uk.partnership.portal.account;

import java.io.Serializable;

/** An account as its agency's administrators (and its holder) see it. */
public record PersonView(long id, long version, String username, String fullName, String email, String jobTitle,
                         long agencyId, String agencyName, boolean enabled, boolean invitationPending,
                         boolean agencyAdmin) implements Serializable {

    static PersonView of(Person p) {
        return new PersonView(p.getId(), p.getVersion(), p.getUsername(), p.getFullName(), p.getEmail(),
                p.getJobTitle(), p.getAgency().getId(), p.getAgency().getName(), p.isEnabled(),
                p.isInvitationPending(), p.isAgencyAdmin());
    }
}
