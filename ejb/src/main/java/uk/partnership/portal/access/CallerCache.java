package uk.partnership.portal.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers this node has read, each kept against the person's access stamp and the day it was read for: a
 * request whose account check returns the same stamp on the same day uses the kept caller instead of reading the
 * person and their seats again. The stamp moves in the database (V18), so a change made through any node is seen by
 * every node at the next request; seats that start or end by date are read again each day.
 */
@ApplicationScoped
public class CallerCache {

    /** Past this many people the cache starts again rather than grow without bound. */
    static final int LIMIT = 20_000;

    private record Kept(long stamp, LocalDate day, Caller caller) {
    }

    private final ConcurrentHashMap<Long, Kept> kept = new ConcurrentHashMap<>();

    public Caller find(long personId, long stamp, LocalDate day) {
        Kept k = kept.get(personId);
        return k != null && k.stamp() == stamp && k.day().equals(day) ? k.caller() : null;
    }

    public void keep(long stamp, LocalDate day, Caller caller) {
        if (kept.size() >= LIMIT) {
            kept.clear();
        }
        kept.put(caller.personId(), new Kept(stamp, day, caller));
    }
}
