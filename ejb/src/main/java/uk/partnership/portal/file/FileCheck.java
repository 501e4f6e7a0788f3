package uk.partnership.portal.file;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import uk.partnership.portal.shared.InvalidInputException;

/**
 * What may be uploaded as a paper: the type is read from the file's content, never trusted from its name. Office
 * documents are zip containers, so for those the name only chooses which Office type a verified zip is.
 */
public final class FileCheck {

    private static final Tika TIKA = new Tika();

    private static final Map<String, String> DIRECT = Map.of(
            "application/pdf", "pdf",
            "image/png", "png",
            "image/jpeg", "jpg",
            "text/plain", "txt");

    private static final Map<String, String> OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text");

    private FileCheck() {
    }

    public static String safeName(String name) {
        String n = name == null ? "" : name.strip();
        InvalidInputException.require(!n.isEmpty(), "The file needs a name.");
        InvalidInputException.require(n.length() <= 255, "The file name must be 255 characters or fewer.");
        InvalidInputException.require(!n.contains("/") && !n.contains("\\") && !n.contains("..")
                        && n.chars().noneMatch(Character::isISOControl),
                "The file name must be a plain name, without folders or '..'. Rename the file and upload it again.");
        // Direction and invisible formatting marks can make "report\u202Efdp.exe" read as "reportexe.pdf".
        InvalidInputException.require(n.codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT),
                "The file name contains invisible characters that change how it reads (such as a right-to-left "
                        + "mark). Rename the file with plain letters and upload it again.");
        return n;
    }

    /** The content type to store, or a refusal that says what the file really is. */
    public static String contentType(String name, byte[] content, long maxBytes) {
        InvalidInputException.require(content.length > 0, "The file is empty.");
        InvalidInputException.require(content.length <= maxBytes, "The file is " + megabytes(content.length)
                + "; papers can be at most " + megabytes(maxBytes) + ". Reduce it (for example, save images smaller) "
                + "and upload it again.");
        String detected = TIKA.detect(content);
        if (DIRECT.containsKey(detected)) {
            return detected;
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean zip = detected.equals("application/zip") || detected.equals("application/x-tika-ooxml")
                || detected.startsWith("application/vnd.openxmlformats") || detected.startsWith("application/vnd.oasis");
        if (zip && OFFICE.containsKey(extension)) {
            return OFFICE.get(extension);
        }
        throw new InvalidInputException("This file's content is " + detected + ", whatever its name says. Papers can "
                + "be PDF, Word, Excel, PowerPoint, OpenDocument text, PNG, JPEG or plain text.");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }
}
