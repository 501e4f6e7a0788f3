package uk.partnership.portal.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not see it: the two are deliberately the same answer,
 * so the message never names the record.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("The record was not found.");
    }
}
