package uk.partnership.portal.minutes;

import static uk.partnership.portal.paper.TaggedPdf.esc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import uk.partnership.portal.paper.TaggedPdf;
import uk.partnership.portal.shared.UkFormats;

/** The minutes of a meeting as a tagged PDF, from the same scoped record the page shows. */
@Stateless
@PermitAll
public class MinutesPdfService {

    @EJB
    MinutesQueryService minutes;

    public byte[] minutesPdf(long meetingId) {
        return TaggedPdf.render(html(minutes.minutes(meetingId)));
    }

    static String html(MinutesRecord r) {
        StringBuilder body = new StringBuilder("<h1>").append(esc(r.bodyName())).append("</h1>")
                .append("<p>Minutes of the meeting held on ").append(esc(r.startsAt().format(UkFormats.DAY_AT_TIME)))
                .append(r.venue() == null || r.venue().isBlank() ? "" : ", " + esc(r.venue())).append(".</p>")
                .append("<p>").append(esc(r.status())).append("</p>");
        if (r.approvedAt() != null) {
            body.append("<p>Approved as a correct record on ").append(esc(r.approvedAt().format(UkFormats.DAY)))
                    .append(", moved by ").append(esc(r.movedBy())).append(".</p>");
        }
        body.append("<h2 id=\"attendance\">Attendance</h2>");
        for (MinutesRecord.AttendanceGroup group : r.groups()) {
            body.append("<h3>").append(esc(group.heading())).append("</h3><ul>");
            group.people().forEach(person -> body.append("<li>").append(esc(person)).append("</li>"));
            body.append("</ul>");
        }
        body.append("<h2>Declarations of interest</h2>");
        if (r.noDeclarations()) {
            body.append("<p>None were declared.</p>");
        }
        for (MinutesRecord.DeclarationLine d : r.declarations()) {
            body.append("<p>").append(esc(d.name())).append(": ").append(esc(d.kind())).append(" — ")
                    .append(esc(d.text())).append("</p>");
        }
        StringBuilder marks = new StringBuilder("<bookmark name=\"Attendance\" href=\"#attendance\"/>");
        int n = 0;
        for (MinutesRecord.MinuteItem item : r.items()) {
            String anchor = "minute-" + (++n);
            String heading = (item.number() == null ? "" : item.number() + " ") + item.title();
            marks.append("<bookmark name=\"").append(esc(heading)).append("\" href=\"#").append(anchor).append("\"/>");
            body.append("<h2 id=\"").append(anchor).append("\">").append(esc(heading)).append("</h2>");
            if (!item.withheld()) {
                // Minute text is stored sanitised by the OWASP policy, which writes well-formed markup.
                body.append("<div>").append(item.text()).append("</div>");
                for (DecisionView d : item.decisions()) {
                    body.append("<p><strong>AGREED</strong> (").append(esc(d.kindLabel()))
                            .append(d.targetBody() == null ? "" : " " + esc(d.targetBody())).append("): ")
                            .append(esc(d.text())).append("</p>");
                }
            }
        }
        return "<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + esc("Minutes: " + r.bodyName()) + "</title>"
                + "<bookmarks>" + marks + "</bookmarks><style>" + TaggedPdf.PAGE_CSS + "</style></head><body>"
                + body + "</body></html>";
    }
}
