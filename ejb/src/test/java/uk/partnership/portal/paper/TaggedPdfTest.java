package uk.partnership.portal.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TaggedPdfTest {

    @Test
    void theTextIsTaggedInEnglishAndCanBeReadBack() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<meta charset=\"UTF-8\"/><title>Minutes</title><style>" + TaggedPdf.PAGE_CSS + "</style></head><body>"
                + "<h1>Overview and Scrutiny Board</h1><ul><li>Councillor Alan Bell: Present</li></ul>"
                + "<div><p>The panel considered &#39;topics&#39;.</p></div></body></html>";
        try (PDDocument doc = Loader.loadPDF(TaggedPdf.render(html))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Councillor Alan Bell"), text);
            assertTrue(text.contains("The panel considered 'topics'."), text);
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
        }
    }
}
