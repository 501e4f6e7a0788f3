package uk.partnership.portal.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.partnership.portal.action.ActionExport;
import uk.partnership.portal.action.ActionFilter;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.shared.InvalidInputException;

/**
 * The action log's CSV and Excel downloads for people using the pages: {@code /exports/actions.csv?body=…} with the
 * same filters as the list. The export service applies the caller's access exactly as the list does.
 */
@WebServlet("/exports/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionLogQuery actions;

    @Inject
    ActionExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.equals("/actions.csv") && !path.equals("/actions.xlsx")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ActionFilter filter;
        try {
            filter = new ActionFilter(number(request, "body"), number(request, "agency"), request.getParameter("status"),
                    request.getParameter("rag"), "true".equals(request.getParameter("overdue")),
                    "true".equals(request.getParameter("dueThisMonth")), request.getParameter("whose"),
                    request.getParameter("q"), number(request, "priority"));
            actions.list(filter, 0, 1);
        } catch (NumberFormatException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof InvalidInputException) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            throw e;
        }
        boolean csv = path.endsWith(".csv");
        response.setContentType(csv ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", Downloads.contentDisposition("action-log." + (csv ? "csv" : "xlsx")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        if (csv) {
            export.csv(filter, response.getOutputStream());
        } else {
            export.xlsx(filter, response.getOutputStream());
        }
    }

    private static Long number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    }
}
