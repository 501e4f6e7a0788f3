package uk.partnership.portal.paper;

import static uk.partnership.portal.paper.TaggedPdf.esc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.shared.UkFormats;

/**
 * The agenda pack of a meeting for the reader asking: cover, agenda, then each paper the reader may see, as one
 * tagged PDF with bookmarks and page numbers. PDF files supplied with papers follow, each with a bookmark; they
 * are the authors' files and are listed as possibly not accessible. Exempt papers never reach a reader who may
 * not see them, because the pack is built from the same scoped reads as the pages.
 */
@Stateless
@PermitAll
public class AgendaPackService {

    private static final Logger LOG = Logger.getLogger(AgendaPackService.class.getName());

    @EJB
    MeetingService meetings;

    @EJB
    PaperService papers;

    @EJB
    uk.partnership.portal.meeting.MattersArising mattersArising;

    public byte[] pack(long meetingId) {
        MeetingView meeting = meetings.getMeeting(meetingId);
        Map<Long, List<PaperView>> byItem = papers.papersOfMeeting(meetingId);
        List<PaperView.FileView> appended = new ArrayList<>();
        ItemView actionLog = meeting.items().stream().filter(i -> "ACTION_LOG".equals(i.standardKind())).findFirst()
                .orElse(null);
        String log = actionLog == null ? "" : actionLog(actionLog, mattersArising.of(meetingId));
        String html = html(meeting, byItem, appended, log);
        byte[] rendered = TaggedPdf.render(html);
        try {
            if (appended.isEmpty()) {
                return rendered;
            }
            // Each supplied file is read (and its reading audited) once. The footer counts the whole pack, supplied
            // files included: render again knowing the total.
            List<Supplied> supplied = supplied(appended);
            int total = pages(rendered) + supplied.stream().mapToInt(Supplied::pages).sum();
            String counted = html.replace("</style>", "@page { @bottom-center { content: \"Page \" counter(page) \" of "
                    + total + "\"; font-family: 'DejaVu Sans'; font-size: 9pt; } }</style>");
            return appendFiles(TaggedPdf.render(counted), supplied);
        } catch (IOException e) {
            throw new UncheckedIOException("The agenda pack could not be built", e);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** A supplied PDF that will follow the pack, read once. */
    private record Supplied(String fileName, byte[] bytes, int pages) {
    }

    /** The supplied PDFs that can be read; one that cannot is left out of the pack (and out of its page count). */
    private List<Supplied> supplied(List<PaperView.FileView> files) {
        List<Supplied> readable = new ArrayList<>();
        for (PaperView.FileView file : files) {
            byte[] bytes = papers.download(file.id()).bytes();
            try {
                readable.add(new Supplied(file.fileName(), bytes, pages(bytes)));
            } catch (IOException unreadable) {
                LOG.warning("Supplied PDF " + file.fileName() + " could not be read; left out of the pack");
            }
        }
        return readable;
    }

    private byte[] appendFiles(byte[] packPdf, List<Supplied> files) throws IOException {
        try (PDDocument pack = Loader.loadPDF(packPdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentOutline outline = pack.getDocumentCatalog().getDocumentOutline();
            if (outline == null) {
                outline = new PDDocumentOutline();
                pack.getDocumentCatalog().setDocumentOutline(outline);
            }
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Supplied file : files) {
                try (PDDocument supplied = Loader.loadPDF(file.bytes())) {
                    int firstPage = pack.getNumberOfPages();
                    merger.appendDocument(pack, supplied);
                    PDOutlineItem mark = new PDOutlineItem();
                    mark.setTitle("Supplied file: " + file.fileName());
                    mark.setDestination(pack.getPage(firstPage));
                    outline.addLast(mark);
                }
            }
            pack.save(out);
            return out.toByteArray();
        }
    }

    /** The matters-arising item as the reader may see it: open actions with their latest progress. */
    private static String actionLog(ItemView item, List<uk.partnership.portal.action.ActionView> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<section class=\"paper\" id=\"action-log\"><h2>")
                .append(esc((item.number() == null ? "" : item.number() + " ") + item.title())).append("</h2>")
                .append("<table><thead><tr><th scope=\"col\">Ref.</th><th scope=\"col\">Action and owner</th>")
                .append("<th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">Latest update</th>")
                .append("</tr></thead><tbody>");
        for (var a : lines) {
            s.append("<tr><td>").append(esc(a.reference())).append("</td><td>").append(esc(a.title())).append("<br/>")
                    .append(esc((a.ownerName() == null ? "" : a.ownerName() + ", ") + a.ownerAgency())).append("</td><td>")
                    .append(esc(a.dueOn().format(UkFormats.DAY))).append(a.overdue() ? " (overdue)" : "").append("</td><td>")
                    .append(esc(a.statusLabel())).append("; RAG ").append(esc(a.ragLabel())).append("</td><td>")
                    .append(a.latestOn() == null ? "No progress reported yet." : esc(a.latestOn().format(UkFormats.DAY) + ": "
                            + a.latestProgress()) + (a.latestImpact() == null ? "" : "<br/>So what? " + esc(a.latestImpact())))
                    .append("</td></tr>");
        }
        return s.append("</tbody></table></section>").toString();
    }

    private static String html(MeetingView m, Map<Long, List<PaperView>> byItem, List<PaperView.FileView> appended,
                               String actionLog) {
        StringBuilder marks = new StringBuilder("<bookmark name=\"Agenda\" href=\"#agenda\"/>");
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"cover\"><p class=\"marking\">").append(marking(byItem)).append("</p>")
                .append("<h1>").append(esc(m.bodyName())).append("</h1>")
                .append("<p class=\"when\">").append(esc(m.startsAt().format(UkFormats.DAY_AT_TIME))).append("</p>");
        if (m.venue() != null) {
            body.append("<p>").append(esc(m.venue())).append("</p>");
        }
        body.append("<p>Status: ").append(esc(m.status())).append("</p></section>");
        body.append("<section id=\"agenda\"><h2>Agenda</h2><table><thead><tr><th scope=\"col\">No.</th>")
                .append("<th scope=\"col\">Item</th><th scope=\"col\">Purpose</th></tr></thead><tbody>");
        for (ItemView i : m.items()) {
            body.append("<tr><td class=\"number\">").append(esc(i.number() == null ? "" : i.number())).append("</td><td>")
                    .append(esc(i.title())).append(i.presenter() == null ? "" : "<br/>Presented by " + esc(i.presenter()))
                    .append("</td><td>").append(esc(i.purpose() == null ? "" : i.purpose())).append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        if (!actionLog.isEmpty()) {
            marks.append("<bookmark name=\"Matters arising and action log\" href=\"#action-log\"/>");
            body.append(actionLog);
        }
        int n = 0;
        for (ItemView i : m.items()) {
            for (PaperView p : byItem.getOrDefault(i.id(), List.of())) {
                String anchor = "paper-" + (++n);
                marks.append("<bookmark name=\"").append(esc((i.number() == null ? "" : i.number() + " ") + p.title()))
                        .append("\" href=\"#").append(anchor).append("\"/>");
                body.append(paper(anchor, i, p, appended));
            }
        }
        return "<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + esc(m.bodyName() + " — " + m.startsAt().format(UkFormats.DAY_AT_TIME)) + "</title>"
                + "<meta name=\"subject\" content=\"Agenda pack\"/><meta name=\"author\" content=\"Partnership Governance Portal\"/>"
                + "<bookmarks>" + marks + "</bookmarks><style>" + CSS + "</style></head><body>" + body + "</body></html>";
    }

    private static String paper(String anchor, ItemView item, PaperView p, List<PaperView.FileView> appended) {
        StringBuilder s = new StringBuilder("<section class=\"paper\" id=\"").append(anchor).append("\">")
                .append("<p class=\"marking\">").append(esc(p.protectiveMarking())).append("</p>")
                .append("<h2>").append(esc((item.number() == null ? "" : item.number() + " ") + p.title())).append("</h2>")
                .append("<table class=\"header\"><tbody>");
        row(s, "Report of", p.reportOf());
        row(s, "Submitted to", p.submittedTo());
        row(s, "Date", p.reportDate().format(UkFormats.DAY));
        row(s, "Report for", p.reportFor());
        row(s, "Key decision", p.keyDecision() ? "Yes" : "No");
        row(s, "Urgent", p.urgent() ? "Yes" : "No");
        if (p.strategicPriority() != null) {
            row(s, "Strategic priority", p.strategicPriority());
        }
        row(s, "Status", item.accessLevel() + (p.late() ? "; late or replacement paper" : ""));
        s.append("</tbody></table>");
        section(s, "Summary", p.summary());
        section(s, "Recommendations", p.recommendations());
        section(s, "Background papers", p.backgroundPapers());
        List<PaperView.FileView> current = p.files().stream().filter(f -> !f.superseded()).toList();
        if (!current.isEmpty()) {
            s.append("<h3>Files with this paper</h3><ul>");
            for (PaperView.FileView f : current) {
                boolean pdf = f.contentType().equals("application/pdf");
                s.append("<li>").append(esc(f.fileName())).append(" (").append(esc(f.contentType())).append(", ")
                        .append(f.sizeBytes()).append(" bytes, SHA-256 ").append(f.sha256()).append(")")
                        .append(pdf ? ": follows at the end of this pack as supplied; it may not be accessible."
                                : ": not included; download it from the portal.")
                        .append("</li>");
                if (pdf) {
                    appended.add(f);
                }
            }
            s.append("</ul>");
        }
        return s.append("</section>").toString();
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static void section(StringBuilder s, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        s.append("<h3>").append(esc(heading)).append("</h3>");
        for (String para : text.split("\\R\\s*\\R")) {
            s.append("<p>").append(esc(para.strip())).append("</p>");
        }
    }

    private static String marking(Map<Long, List<PaperView>> byItem) {
        boolean sensitive = byItem.values().stream().flatMap(List::stream)
                .anyMatch(p -> p.protectiveMarking().equals("OFFICIAL-SENSITIVE"));
        return sensitive ? "OFFICIAL-SENSITIVE" : "OFFICIAL";
    }

    private static final String CSS = TaggedPdf.PAGE_CSS + """
            h1 { font-size: 22pt; margin-top: 60mm; }
            h2 { font-size: 16pt; }
            h3 { font-size: 12pt; }
            .marking { text-align: right; font-weight: bold; }
            .paper, #agenda { page-break-before: always; }
            td.number { white-space: nowrap; width: 14mm; }
            """;
}
