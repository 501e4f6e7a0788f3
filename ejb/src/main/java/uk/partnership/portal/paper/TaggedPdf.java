package uk.partnership.portal.paper;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/** Renders the portal's own XHTML to an accessible (tagged, PDF/UA mode) PDF with embedded DejaVu fonts. */
public final class TaggedPdf {

    private static final Logger LOG = Logger.getLogger(TaggedPdf.class.getName());
    private static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";

    /** Page size, margins and a "Page n of m" footer, shared by every document the portal prints. */
    public static final String PAGE_CSS = """
            @page { size: A4; margin: 22mm 18mm;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 9pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 4pt; border-bottom: 0.5pt solid #b1b4b6; }
            """;

    private TaggedPdf() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePdfUaAccessibility(true);
            for (String[] font : new String[][] {{"DejaVuSans.ttf", "400"}, {"DejaVuSans-Bold.ttf", "700"}}) {
                File file = new File(FONT_DIR + font[0]);
                if (file.exists()) {
                    builder.useFont(file, "DejaVu Sans", Integer.parseInt(font[1]),
                            PdfRendererBuilder.FontStyle.NORMAL, true);
                } else {
                    LOG.warning("Font " + file + " is missing (Debian package fonts-dejavu-core); text cannot be "
                            + "embedded as PDF/UA requires.");
                }
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be built", e);
        }
    }

    /** Text made safe for XHTML. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
