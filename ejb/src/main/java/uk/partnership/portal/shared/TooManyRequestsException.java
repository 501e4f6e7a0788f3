package uk.partnership.portal.shared;

import jakarta.ejb.ApplicationException;

/** The same sender has asked too often for now; the message says when to try again. Nothing was saved. */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(String message) {
        super(message);
    }
}
