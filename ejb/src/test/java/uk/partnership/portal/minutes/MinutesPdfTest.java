package uk.partnership.portal.minutes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.paper.TaggedPdf;

class MinutesPdfTest {

    @Test
    void theMinutesPdfCarriesAttendanceMinutesAndDecisions() throws Exception {
        MinutesRecord record = new MinutesRecord(1, "Children and Young People's Social Care and Services Scrutiny Panel",
                "Approved as a correct record", "APPROVED", 3, 3, true,
                List.of(new MinutesRecord.AttendanceLine(null, "Councillor Alan Bell", null, "SUBSTITUTE",
                        "Present as substitute", "Councillor Ruth Allen", 12L, null)),
                true, List.of(), List.of(new MinutesRecord.MinuteItem(5, "20/3", "Work programme", false,
                        "<p>The panel considered possible topics.</p>", List.of(new DecisionView(1, 1, 1, "Panel",
                        LocalDate.of(2020, 7, 20), 5, "20/3", "Work programme", "REFERRED", "Referred to",
                        "That the work programme be referred.", "Overview and Scrutiny Board", 2L)))),
                LocalDate.of(2020, 9, 14), "Councillor Mark Ellis");
        String html = MinutesPdfService.html(record);
        try (PDDocument doc = Loader.loadPDF(TaggedPdf.render(html))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Councillor Alan Bell") && text.contains("possible topics")
                    && text.contains("That the work programme be referred."), text + "\n---\n" + html);
        }
    }
}
