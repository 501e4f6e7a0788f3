package uk.partnership.portal.web.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How every file leaves the portal: as a download, never rendered, its name safe in both header forms. */
public final class Downloads {

    private Downloads() {
    }

    /** The Content-Disposition of a download: an ASCII name for old clients, the exact name in UTF-8 for the rest. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
