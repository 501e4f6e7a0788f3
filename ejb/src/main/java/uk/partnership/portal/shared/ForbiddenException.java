package uk.partnership.portal.shared;

import jakarta.ejb.ApplicationException;

/** The caller may see the record but may not do this to it. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException() {
        super("You do not have access to do that.");
    }

    public ForbiddenException(String message) {
        super(message);
    }
}
