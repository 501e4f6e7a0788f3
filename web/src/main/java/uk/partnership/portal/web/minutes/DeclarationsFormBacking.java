package uk.partnership.portal.web.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;

/** Declarations of interest at the meeting, or that none were declared. */
@Named
@ViewScoped
public class DeclarationsFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;

    @Inject
    RecordMeetingBacking page;

    @Inject
    RecordService records;

    private List<DeclarationLine> lines = new ArrayList<>();
    private boolean noneDeclared;

    /** One declaration being entered. */
    public static class DeclarationLine implements Serializable {
        private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;
        private Long personId;
        private Long itemId;
        private String kind;
        private String text;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @PostConstruct
    void fill() {
        noneDeclared = page.getRecord() != null && page.getRecord().noDeclarations();
        lines = new ArrayList<>();
        for (int i = 0; i < BLANK_LINES; i++) {
            lines.add(new DeclarationLine());
        }
    }

    public void save() {
        List<RecordForms.DeclarationEntry> entries = lines.stream()
                .filter(d -> d.personId != null || (d.text != null && !d.text.isBlank()))
                .map(d -> new RecordForms.DeclarationEntry(d.personId, d.itemId, d.kind, d.text)).toList();
        if (page.saved(() -> records.recordDeclarations(page.getMeeting().id(), page.getMeeting().version(),
                noneDeclared, entries), noneDeclared ? "Recorded that no interests were declared." : "Declarations saved.")) {
            fill();
        }
    }

    public List<DeclarationLine> getLines() {
        return lines;
    }

    public boolean isNoneDeclared() {
        return noneDeclared;
    }

    public void setNoneDeclared(boolean noneDeclared) {
        this.noneDeclared = noneDeclared;
    }
}
