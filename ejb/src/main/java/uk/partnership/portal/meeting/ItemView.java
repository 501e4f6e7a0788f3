package uk.partnership.portal.meeting;

import java.io.Serializable;

/**
 * An agenda item as the caller may see it. For an exempt item the public sees only its number, the paragraph
 * and whatever title the secretary marked as publishable ({@code withheld} is then true).
 */
public record ItemView(long id, long version, int position, String number, String title, String purpose,
                       String purposeCode, String presenter, String standardKind, String accessLevel,
                       String accessLevelCode, Integer exemptParagraph, boolean withheld, boolean late,
                       String urgencyReason, String urgencyAgreedBy) implements Serializable {

    /**
     * Whether its title may travel outside the portal (an e-mail, its calendar event): standard items, and business
     * open to the public or the whole partnership that this reader sees in full. Anything else is named by number.
     */
    public boolean namedOutsideThePortal() {
        return standardKind != null || (!withheld && ("PUBLIC".equals(accessLevelCode)
                || "PARTNERSHIP".equals(accessLevelCode)));
    }

    /** The title as a message or calendar event outside the portal may carry it: named, or announced by number. */
    public String titleOutsideThePortal() {
        return namedOutsideThePortal() ? title : "An item you can read after signing in";
    }

    static ItemView full(AgendaItem i, String number) {
        return new ItemView(i.getId(), i.getVersion(), i.getPosition(), number, i.getTitle(), i.getPurpose().label(),
                i.getPurpose().name(), i.getPresenter(), i.getStandardKind() == null ? null : i.getStandardKind().name(),
                i.getAccessLevel().label(), i.getAccessLevel().name(), i.getExemptParagraph(), false, i.isLate(),
                i.getUrgencyReason(), i.getUrgencyAgreedBy() == null ? null : i.getUrgencyAgreedBy().getFullName());
    }

    static ItemView withheld(AgendaItem i, String number) {
        String title = i.getPublicTitle() == null ? "Exempt item" : i.getPublicTitle();
        return new ItemView(i.getId(), 0, i.getPosition(), number,
                title + " (exempt under paragraph " + i.getExemptParagraph() + " of Schedule 12A)", null, null, null,
                null, i.getAccessLevel().label(), i.getAccessLevel().name(), i.getExemptParagraph(), true, i.isLate(),
                null, null);
    }
}
