package uk.partnership.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import uk.partnership.portal.account.Passkeys;

/**
 * The origin and relying party of a passkey ceremony, as the person's browser sees the portal: its scheme (the
 * proxy's, where one ends TLS and says so in {@code X-Forwarded-Proto}), host and port. A passkey belongs to the host
 * name it was created on, so one made for another site cannot answer here.
 */
public final class PasskeySite {

    private PasskeySite() {
    }

    public static Passkeys.Site of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        String scheme = forwarded == null || forwarded.isBlank() ? request.getScheme()
                : forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT);
        String host = request.getServerName();
        int port = request.getServerPort();
        boolean usual = "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80
                || forwarded != null && !forwarded.isBlank();
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return new Passkeys.Site(scheme + "://" + hostPart + (usual ? "" : ":" + port), host);
    }
}
