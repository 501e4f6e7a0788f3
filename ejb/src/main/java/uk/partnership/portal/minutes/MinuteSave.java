package uk.partnership.portal.minutes;

import java.io.Serializable;

/**
 * The answer to a save. When someone else saved first, {@code conflict} is true, {@code theirs} is the text now
 * stored (at {@code revision}) and {@code yours} is what this person sent, sanitised and kept in the history, so
 * they can merge the two and save again against the new revision.
 */
public record MinuteSave(boolean conflict, int revision, String text, String theirs, String yours)
        implements Serializable {
}
