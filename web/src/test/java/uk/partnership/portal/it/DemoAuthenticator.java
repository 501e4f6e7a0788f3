package uk.partnership.portal.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The demo's published authenticator key (config/demo/demo-data.sql), used as a phone's app would, for the demo
 * accounts that run the portal. The portal accepts each code once, and only the codes of this 30-second step and the
 * ones either side, so a test asking again soon gets the next unused one, waiting for a new step when it must.
 */
public final class DemoAuthenticator {

    static final String KEY = "PGPDEMOPARTNERSHIPSECONDFACTORKY";
    public static final Set<String> ENROLLED = Set.of("admin", "secretary", "police-admin");

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private DemoAuthenticator() {
    }

    public static synchronized String nextCode(String username) {
        try {
            while (true) {
                long now = System.currentTimeMillis() / 30_000;
                long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
                for (long step = now; step <= now + 1; step++) {
                    if (step > last) {
                        LAST_STEP.put(username, step);
                        return code(KEY, step);
                    }
                }
                Thread.sleep(30_000 - System.currentTimeMillis() % 30_000 + 200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The code an authenticator app shows for this key in this 30-second step. */
    static String code(String key, long step) {
        try {
            return new DefaultCodeGenerator().generate(key, step);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
