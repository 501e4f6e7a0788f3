package uk.partnership.portal.web.support;

import java.io.IOException;
import java.io.InputStream;

/** Reading uploaded files for the services that check them (papers, action evidence), from the API and the pages. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * At most one byte over the limit, so an oversize upload is refused by the service without filling memory; the
     * rest is drained (up to a bound) so the sender receives the refusal instead of a reset connection.
     */
    public static byte[] readLimited(InputStream body, long maxBytes) throws IOException {
        byte[] content = readAtMost(body, maxBytes);
        long drained = 0;
        byte[] sink = new byte[65_536];
        for (int n; drained < 10 * maxBytes && (n = body.read(sink)) > 0; ) {
            drained += n;
        }
        return content;
    }

    /** At most one byte over the limit (enough for the service to refuse an oversize file with its message). */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
}
