package uk.partnership.portal.shared;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record first, or the change would break a rule of the data; nothing was saved. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String STALE = "Someone else saved a change to this record after you opened it. "
            + "Nothing of yours was saved: reload to see their change, then make yours again.";

    public ConflictException(String message) {
        super(message);
    }

    /** Compares the version the caller edited with the stored one. */
    public static void requireVersion(long stored, Long edited) {
        if (edited == null) {
            throw new InvalidInputException("The record's version is missing; reload and try again.");
        }
        if (stored != edited) {
            throw new ConflictException(STALE);
        }
    }
}
