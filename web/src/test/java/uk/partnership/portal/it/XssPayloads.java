package uk.partnership.portal.it;

import java.util.List;
import java.util.Locale;

/** Thirty attack strings for minutes, sent through the API and through the page. */
final class XssPayloads {

    private XssPayloads() {
    }

    static final List<String> ALL = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<style>@import 'javascript:alert(1)';</style>", "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<p onclick=\"alert(1)\">x</p>", "<details open ontoggle=alert(1)>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<body onload=alert(1)>", "<input autofocus onfocus=alert(1)>", "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">", "<base href=\"javascript:/\">", "<template><img src=x onerror=alert(1)></template>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<video><source onerror=alert(1)></video>",
            "<marquee onstart=alert(1)>m</marquee>", "\"><script>alert(1)</script>", "<div style=\"width: expression(alert(1))\">x</div>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "<img src=\"x:x\" onerror=\"alert(1)\">",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\">x</a>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<!--<img src=x onerror=alert(1)>-->");

    /** Anything a browser would run, in markup the portal produced. */
    static boolean executable(String html) {
        String s = html.toLowerCase(Locale.ROOT);
        return s.contains("<script") || s.matches("(?s).*<[^>]+\\son[a-z]+\\s*=.*") || s.contains("javascript:")
                || s.contains("<style") || s.contains("<iframe") || s.contains("<svg") || s.contains("<object")
                || s.contains("<embed") || s.contains("<base") || s.contains("<meta http-equiv");
    }
}
