package uk.partnership.portal.access;

import java.util.function.Supplier;

/**
 * Work done for one person outside their own request — a message written for its recipient at the moment it is
 * sent — asks the services as that person, so it is cut by exactly the rules their pages are. Only the username is
 * held; {@link AccessPolicy#caller()} reads the account and seats afresh, so a seat ended since means no access.
 */
public final class ActingFor {

    private static final ThreadLocal<String> USERNAME = new ThreadLocal<>();
    private static final String PUBLIC = " the public";

    private ActingFor() {
    }

    public static <T> T person(String username, Supplier<T> work) {
        String before = USERNAME.get();
        USERNAME.set(username);
        try {
            return work.get();
        } finally {
            if (before == null) {
                USERNAME.remove();
            } else {
                USERNAME.set(before);
            }
        }
    }

    /** Work done for a member of the public: a name no account can have, so the caller is anonymous. */
    public static <T> T thePublic(Supplier<T> work) {
        return person(PUBLIC, work);
    }

    static String username() {
        return USERNAME.get();
    }
}
