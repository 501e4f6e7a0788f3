package uk.partnership.portal.api;

import java.io.IOException;
import java.io.InputStream;

/** Reading an uploaded body for the services that check files (papers, action evidence). */
final class Uploads {

    private Uploads() {
    }

    /**
     * At most one byte over the limit, so an oversize upload is refused by the service without filling memory; the
     * rest is drained (up to a bound) so the sender receives the refusal instead of a reset connection.
     */
    static byte[] readLimited(InputStream body, long maxBytes) throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        long drained = 0;
        byte[] sink = new byte[65_536];
        for (int n; drained < 10 * maxBytes && (n = body.read(sink)) > 0; ) {
            drained += n;
        }
        return content;
    }
}
