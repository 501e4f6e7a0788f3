package uk.partnership.portal.paper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The words of an uploaded file, for search: PDF through PDFBox, Word and Excel (OOXML) through POI, plain text as
 * it is. A file that cannot be read gives no words; it is still stored and served.
 */
final class FileText {

    static final int MAX_CHARS = 200_000;
    private static final Logger LOG = Logger.getLogger(FileText.class.getName());

    private FileText() {
    }

    static String of(String contentType, byte[] content) {
        try {
            String text = switch (contentType == null ? "" : contentType) {
                case "application/pdf" -> pdf(content);
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
                         XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                        yield words.getText();
                    }
                }
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> {
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content));
                         XSSFExcelExtractor cells = new XSSFExcelExtractor(book)) {
                        yield cells.getText();
                    }
                }
                case "text/plain", "text/csv" -> new String(content, StandardCharsets.UTF_8);
                default -> null;
            };
            if (text == null) {
                return null;
            }
            String clean = text.replace('\u0000', ' ').strip();
            return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "No text could be read from a " + contentType + " file: " + e);
            return null;
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
