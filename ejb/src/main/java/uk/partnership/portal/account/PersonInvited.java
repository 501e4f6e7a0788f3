package uk.partnership.portal.account;

/** An account was given to someone who must choose a password through a link sent to them. */
public record PersonInvited(long personId) {
}
