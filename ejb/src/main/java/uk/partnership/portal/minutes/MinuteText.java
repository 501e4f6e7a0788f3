package uk.partnership.portal.minutes;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What a minute may contain, whatever the editor sends: paragraphs, headings, lists, emphasis, tables and
 * http(s)/mailto links. No script, event handler, style, frame, form, SVG or MathML survives, nor any other URL
 * scheme. Sanitising is done on the server for every save.
 */
public final class MinuteText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .toFactory());

    private MinuteText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
