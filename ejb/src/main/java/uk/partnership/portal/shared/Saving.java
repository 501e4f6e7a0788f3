package uk.partnership.portal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Writes pending changes now, so a lost race is reported as a conflict rather than as a server error. */
public final class Saving {

    private Saving() {
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(ConflictException.STALE);
        }
    }
}
