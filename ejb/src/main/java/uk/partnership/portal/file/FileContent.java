package uk.partnership.portal.file;

/** A file to send: its name, its type as detected at upload, and its bytes. */
public record FileContent(String fileName, String contentType, String sha256, byte[] bytes) {
}
