package uk.partnership.portal.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The XSS payload suite: whatever an editor or a forged request sends, nothing executable is kept. */
class MinuteTextTest {

    /** Payloads, including mutation-XSS and noscript/style tricks, gathered from common filter-evasion lists. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" OnErRoR=\"alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<style>@import 'javascript:alert(1)';</style><p>ok</p>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<div style=\"width: expression(alert(1))\">old IE</div>",
            "<a href=\"javascript:alert(1)\">link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">link</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">entities</a>",
            "<a href=\"  javascript:alert(1)\">spaces</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "<a href=\"vbscript:msgbox(1)\">vb</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<textarea autofocus onfocus=alert(1)></textarea>",
            "<select autofocus onfocus=alert(1)></select>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "<body onload=alert(1)>",
            "<base href=\"javascript:/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
            "<template><img src=x onerror=alert(1)></template>",
            "<marquee onstart=alert(1)>m</marquee>",
            "\"><script>alert(1)</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"0\" y=\"20\">x</text></a></svg>",
            "<p onclick=\"alert(1)\">click</p>",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<img src=\"x:x\" onerror=\"alert(1)\">",
            "<a href=\"https://example.org\" onmouseover=\"alert(1)\">hover</a>",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<!--<img src=x onerror=alert(1)>-->",
            "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>");

    private static final Pattern DANGER = Pattern.compile(
            "<\\s*(script|style|iframe|object|embed|form|input|textarea|select|svg|math|noscript|template|base|meta|link"
                    + "|body|video|source|details|marquee|xmp)\\b"
                    + "|\\son[a-z]+\\s*="
                    + "|javascript:|vbscript:|data:|expression\\(|\\sstyle\\s*=|\\ssrcdoc\\s*=|\\sbackground\\s*=");

    /** A sanitised result must hold no tag, attribute or URL that a browser would run. */
    static List<String> executable(String html) {
        List<String> found = new ArrayList<>();
        var m = DANGER.matcher(html.toLowerCase(Locale.ROOT).replace("&#58;", ":").replace("&#x3a;", ":"));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void noPayloadLeavesAnythingExecutable() {
        assertTrue(PAYLOADS.size() >= 30, "at least thirty payloads");
        List<String> failures = new ArrayList<>();
        for (String payload : PAYLOADS) {
            String clean = MinuteText.sanitise(payload);
            List<String> left = executable(clean);
            if (!left.isEmpty()) {
                failures.add(payload + " -> " + clean + " " + left);
            }
        }
        System.out.println("XSS suite: " + PAYLOADS.size() + " payloads through the sanitiser, "
                + failures.size() + " left anything executable");
        assertEquals(List.of(), failures);
    }

    @Test
    void theDetectorItselfCatchesWhatItShould() {
        assertFalse(executable("<img src=x onerror=alert(1)>").isEmpty());
        assertFalse(executable("<a href=\"javascript:alert(1)\">x</a>").isEmpty());
        assertTrue(executable("<p>AGREED that the work programme be approved.</p>").isEmpty());
    }

    @Test
    void ordinaryMinutesKeepTheirShape() {
        String minute = "<p><strong>AGREED</strong> that:</p><ol><li>the information be <em>noted</em>;</li>"
                + "<li>the <a href=\"https://www.example.gov.uk/report\">report</a> be referred to the board.</li></ol>";
        String clean = MinuteText.sanitise(minute);
        assertTrue(clean.contains("<strong>AGREED</strong>"), clean);
        assertTrue(clean.contains("<ol><li>"), clean);
        assertTrue(clean.contains("href=\"https://www.example.gov.uk/report\""), clean);
        assertTrue(clean.contains("rel=\"noopener noreferrer\""), clean);
    }
}
