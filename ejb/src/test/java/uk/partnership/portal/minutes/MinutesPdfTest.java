package uk.partnership.portal.minutes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
                LocalDateTime.of(2020, 7, 20, 16, 0), "Virtual meeting", "Approved as a correct record", "APPROVED", 3, 3,
                true, List.of(new MinutesRecord.AttendanceLine(null, "Councillor Alan Bell", null, "SUBSTITUTE",
                        "Present as substitute", "Councillor Ruth Allen", 12L, null, null),
                        new MinutesRecord.AttendanceLine(7L, "Councillor Mark Ellis", null, "PRESENT", "Present", null,
                                null, null, "Chair"),
                        new MinutesRecord.AttendanceLine(null, "Sue Hart", null, "IN_ATTENDANCE", "In attendance", null,
                                null, "Democratic Services Officer", null),
                        new MinutesRecord.AttendanceLine(9L, "Councillor Peter Kemp", null, "APOLOGIES", "Apologies",
                                null, null, null, null)),
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
            assertTrue(text.contains("Minutes of the meeting held on Monday 20 July 2020 at 16:00, Virtual meeting."),
                    "the PDF names the meeting's date, time and venue: " + text);
            assertTrue(text.contains("Present Councillor Mark Ellis (Chair) Councillor Alan Bell (substitute for "
                    + "Councillor Ruth Allen) Also in attendance Sue Hart, Democratic Services Officer Apologies "
                    + "Councillor Peter Kemp"), "attendance laid out as council minutes are: " + text);
        }
    }
}
