package uk.partnership.portal.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where every upload comes in — a paper's file or an action's evidence — under one size limit
 * ({@code portal.upload.max-bytes}) and the checks of {@link StoredFile#checked}.
 */
@ApplicationScoped
public class FileIntake {

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** The upload, described, if it passes; refused with the reason otherwise. */
    public StoredFile accept(String fileName, byte[] content) {
        return StoredFile.checked(fileName, content, maxBytes);
    }

    /** The largest file accepted, for pages and the API to stop reading early. */
    public long maxBytes() {
        return maxBytes;
    }
}
