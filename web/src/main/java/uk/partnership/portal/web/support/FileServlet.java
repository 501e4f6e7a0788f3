package uk.partnership.portal.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.partnership.portal.action.ProgressReporting;
import uk.partnership.portal.file.FileContent;
import uk.partnership.portal.paper.AgendaPackService;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.shared.NotFoundException;

/**
 * Downloads for people using the pages (signed in by session, or anonymous): {@code /files/attachment/{id}} and
 * {@code /files/pack/{meetingId}}, {@code /files/minutes/{meetingId}}, {@code /files/evidence/{id}}. The same services decide as for the API; anything hidden is a 404.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperService papers;

    @Inject
    AgendaPackService packs;

    @Inject
    uk.partnership.portal.minutes.MinutesPdfService minutesPdf;

    @Inject
    ProgressReporting progress;

    @Inject
    uk.partnership.portal.improvement.BoardReportService boardReports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        try {
            if (parts.length != 3) {
                throw new NotFoundException();
            }
            long id = Long.parseLong(parts[2]);
            FileContent file = switch (parts[1]) {
                case "attachment" -> papers.download(id);
                case "pack" -> new FileContent("agenda-pack-" + id + ".pdf", "application/pdf", null, packs.pack(id));
                case "evidence" -> progress.evidenceFile(id);
                case "board-report" -> new FileContent("board-report-" + id + ".pdf", "application/pdf", null,
                        boardReports.report(id));
                case "minutes" -> new FileContent("minutes-" + id + ".pdf", "application/pdf", null,
                        minutesPdf.minutesPdf(id));
                default -> throw new NotFoundException();
            };
            response.setContentType(file.contentType());
            response.setHeader("Content-Disposition", Downloads.contentDisposition(file.fileName()));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(file.bytes().length);
            response.getOutputStream().write(file.bytes());
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }
}
