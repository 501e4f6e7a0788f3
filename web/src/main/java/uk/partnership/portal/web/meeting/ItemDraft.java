package uk.partnership.portal.web.meeting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.meeting.ItemForm;
import uk.partnership.portal.meeting.ItemPurpose;
import uk.partnership.portal.meeting.ItemView;

/**
 * An agenda item as the agenda page collects it, for a new item or a change to one: what the service checks
 * ({@link #form}) and what the page keeps when it refuses.
 */
public class ItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String purpose = ItemPurpose.INFORMATION.name();
    private String presenter;
    private String accessLevel = AccessLevel.PUBLIC.name();
    private Integer exemptParagraph;
    private String publicTitle;
    private List<Long> namedAgencyIds = new ArrayList<>();
    private String urgencyReason;
    private Long urgencyAgreedBy;

    /** A draft of an existing item, to change it. */
    static ItemDraft of(ItemView item) {
        ItemDraft draft = new ItemDraft();
        draft.title = item.title();
        draft.purpose = item.purposeCode();
        draft.presenter = item.presenter();
        draft.accessLevel = item.accessLevelCode();
        draft.exemptParagraph = item.exemptParagraph();
        draft.urgencyReason = item.urgencyReason();
        draft.namedAgencyIds = null;
        return draft;
    }

    /** What is sent, against the version read (the meeting's for a new item, the item's for a change). */
    ItemForm form(Long version) {
        return new ItemForm(title, purpose, presenter, accessLevel, exemptParagraph, publicTitle, namedAgencyIds,
                urgencyReason, urgencyAgreedBy, version);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public String getAccessLevel() {
        return accessLevel;
    }

    public void setAccessLevel(String accessLevel) {
        this.accessLevel = accessLevel;
    }

    public Integer getExemptParagraph() {
        return exemptParagraph;
    }

    public void setExemptParagraph(Integer exemptParagraph) {
        this.exemptParagraph = exemptParagraph;
    }

    public String getPublicTitle() {
        return publicTitle;
    }

    public void setPublicTitle(String publicTitle) {
        this.publicTitle = publicTitle;
    }

    public List<Long> getNamedAgencyIds() {
        return namedAgencyIds;
    }

    public void setNamedAgencyIds(List<Long> namedAgencyIds) {
        this.namedAgencyIds = namedAgencyIds;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public void setUrgencyReason(String urgencyReason) {
        this.urgencyReason = urgencyReason;
    }

    public Long getUrgencyAgreedBy() {
        return urgencyAgreedBy;
    }

    public void setUrgencyAgreedBy(Long urgencyAgreedBy) {
        this.urgencyAgreedBy = urgencyAgreedBy;
    }
}
