package uk.partnership.portal.audit;

/** What happened. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, TOKEN_ISSUED, TOKEN_REVOKED
}
