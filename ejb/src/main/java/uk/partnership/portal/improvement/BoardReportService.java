package uk.partnership.portal.improvement;

import static uk.partnership.portal.paper.TaggedPdf.esc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.partnership.portal.action.AgencyOverdue;
import uk.partnership.portal.paper.TaggedPdf;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.UkFormats;

/** The board's dashboard as a printable, tagged PDF, built per reader from the same scoped reads as the page. */
@Stateless
@PermitAll
public class BoardReportService {

    @EJB
    PlanSummaryQuery summaries;

    @Inject
    PortalClock clock;

    public byte[] report(long planId) {
        ImprovementViews.Dashboard d = summaries.dashboard(planId);
        ImprovementViews.PlanView plan = d.plan();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(plan.title())).append("</h1><p>").append(esc(plan.bodyName())).append(", ")
                .append(esc(plan.period())).append(", revision ").append(plan.revision()).append(". Board report of ")
                .append(esc(clock.today().format(UkFormats.DAY))).append(".</p>");
        b.append("<h2>Priorities</h2><table><thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Priority</th>")
                .append("<th scope=\"col\">RAG</th><th scope=\"col\">Red</th><th scope=\"col\">Amber</th>")
                .append("<th scope=\"col\">Green</th><th scope=\"col\">Complete</th><th scope=\"col\">Overdue</th></tr></thead><tbody>");
        for (ImprovementViews.PriorityView p : plan.priorities()) {
            b.append("<tr><td>").append(p.number()).append("</td><td>").append(esc(p.title())).append("</td><td>")
                    .append(esc(p.ragLabel())).append("</td><td>").append(p.red()).append("</td><td>").append(p.amber())
                    .append("</td><td>").append(p.green()).append("</td><td>").append(p.blue()).append("</td><td>")
                    .append(p.overdue()).append("</td></tr>");
        }
        b.append("</tbody></table>");
        for (ImprovementViews.PriorityView p : plan.priorities()) {
            if (p.statements().isEmpty()) {
                continue;
            }
            b.append("<h3>").append(p.number()).append(". ").append(esc(p.title())).append(": so what?</h3><ul>");
            p.statements().forEach(s -> b.append("<li>").append(esc(s.reference() + ", " + s.writtenOn().format(UkFormats.DAY)
                    + ": " + s.impact())).append("</li>"));
            b.append("</ul>");
        }
        b.append("<h2>Overdue actions by agency</h2>");
        if (d.overdueByAgency().isEmpty()) {
            b.append("<p>None.</p>");
        } else {
            b.append("<table><thead><tr><th scope=\"col\">Agency</th><th scope=\"col\">Overdue</th></tr></thead><tbody>");
            for (AgencyOverdue o : d.overdueByAgency()) {
                b.append("<tr><td>").append(esc(o.agency())).append("</td><td>").append(o.count()).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<h2>Indicators</h2><table><thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Latest</th>")
                .append("<th scope=\"col\">Rate</th><th scope=\"col\">Target</th><th scope=\"col\">Change</th></tr></thead><tbody>");
        for (ImprovementViews.IndicatorLine i : d.indicators()) {
            b.append("<tr><td>").append(esc(i.name())).append("</td><td>")
                    .append(i.latestValue() == null ? "none" : esc(i.latestValue().stripTrailingZeros().toPlainString()
                            + " at " + i.latestAsAt().format(UkFormats.DAY))).append("</td><td>")
                    .append(i.latestRate() == null ? "" : esc(i.latestRate() + " per " + i.ratePer())).append("</td><td>")
                    .append(i.target() == null ? "" : esc(i.target().stripTrailingZeros().toPlainString()
                            + (Boolean.TRUE.equals(i.meetsTarget()) ? " (met)" : " (not met)"))).append("</td><td>")
                    .append(i.changeFromPrevious() == null ? "" : esc(i.changeFromPrevious() + "%")).append("</td></tr>");
        }
        b.append("</tbody></table><h2>Risks above appetite</h2>");
        if (d.risksAboveAppetite().isEmpty()) {
            b.append("<p>None.</p>");
        } else {
            b.append("<ul>");
            d.risksAboveAppetite().forEach(r -> b.append("<li>").append(esc(r.title() + ": " + r.likelihood() + " × "
                    + r.impact() + " = " + r.score() + " (appetite " + r.appetite() + "), review by "
                    + r.reviewOn().format(UkFormats.DAY))).append("</li>"));
            b.append("</ul>");
        }
        b.append("<h2>Inspection visits to come</h2>");
        if (d.upcomingInspections().isEmpty()) {
            b.append("<p>None recorded.</p>");
        } else {
            b.append("<ul>");
            d.upcomingInspections().forEach(i -> b.append("<li>").append(esc(i.kindLabel() + ": " + i.title() + ", "
                    + i.startsOn().format(UkFormats.DAY))).append("</li>"));
            b.append("</ul>");
        }
        String html = "<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + esc(plan.title() + " — board report") + "</title>"
                + "<meta name=\"author\" content=\"Partnership Governance Portal\"/><style>" + TaggedPdf.PAGE_CSS
                + "</style></head><body>" + b + "</body></html>";
        return TaggedPdf.render(html);
    }
}
