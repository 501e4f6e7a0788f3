package uk.partnership.portal.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;

/**
 * The action log as CSV or Excel: exactly the rows the caller's list shows for the same filter, read in chunks so a
 * long log streams out, every text cell neutralised against formulas.
 */
@Stateless
@PermitAll
public class ActionExport {

    private static final int CHUNK = 2000;

    private static final String[] HEADINGS = {"Reference", "Body", "Action", "Owner", "Owning agency", "Due",
        "Status", "RAG", "Overdue", "Latest update on", "Latest progress", "Impact (so what?)"};

    @EJB
    ActionLogQuery actions;

    @EJB
    AuditTrail audit;

    public void csv(ActionFilter filter, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(String.join(",", HEADINGS) + "\r\n");
            long rows = each(filter, a -> {
                String[] cells = cells(a);
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < cells.length; i++) {
                    line.append(i == 0 ? "" : ",").append(CellText.csv(cells[i]));
                }
                try {
                    writer.write(line.append("\r\n").toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
            audited("CSV", filter, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(ActionFilter filter, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("Action log");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADINGS[i]);
                c.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            long rows = each(filter, a -> {
                Row row = sheet.createRow(next[0]++);
                String[] cells = cells(a);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(CellText.neutralise(cells[i]));
                }
            });
            book.write(out);
            book.dispose();
            audited("Excel", filter, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long each(ActionFilter filter, Consumer<ActionView> sink) {
        long count = 0;
        LocalDate lastDue = null;
        long lastId = 0;
        while (true) {
            List<ActionView> chunk = actions.chunkAfter(filter, lastDue, lastId, CHUNK);
            chunk.forEach(sink);
            count += chunk.size();
            if (chunk.size() < CHUNK) {
                return count;
            }
            ActionView last = chunk.get(chunk.size() - 1);
            lastDue = last.dueOn();
            lastId = last.id();
        }
    }

    private static String[] cells(ActionView a) {
        return new String[] {a.reference(), a.bodyShortName(), a.title(), a.ownerName(), a.ownerAgency(),
            a.dueOn().toString(), a.statusLabel(), a.ragLabel(), a.overdue() ? "Yes" : "No",
            a.latestOn() == null ? "" : a.latestOn().toString(), a.latestProgress(), a.latestImpact()};
    }

    private void audited(String format, ActionFilter filter, long rows) {
        audit.record(AuditAction.READ, "Action", null, "Action log exported as " + format,
                Changes.of().set("body", filter == null ? null : filter.bodyId()).set("rows", rows));
    }
}
