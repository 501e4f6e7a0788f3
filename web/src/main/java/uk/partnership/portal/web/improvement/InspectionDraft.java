package uk.partnership.portal.web.improvement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.partnership.portal.improvement.ImprovementForms;

/**
 * An inspection as the page collects it — a few rows of judged areas, findings one per line — turned into the entry
 * the service records (and checks) by {@link #entry()}.
 */
public class InspectionDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int AREA_ROWS = 4;

    private String kind = "MONITORING_VISIT";
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String focusAreas;
    private String overall;
    private LocalDate letterPublishedOn;
    private final List<Area> areas = new ArrayList<>();
    private String findingKind = "RECOMMENDATION";
    private String findings;

    public InspectionDraft() {
        for (int i = 0; i < AREA_ROWS; i++) {
            areas.add(new Area());
        }
    }

    /** One judged area. */
    public static class Area implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String judgement;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getJudgement() {
            return judgement;
        }

        public void setJudgement(String judgement) {
            this.judgement = judgement;
        }
    }

    ImprovementForms.InspectionEntry entry() {
        List<ImprovementForms.AreaEntry> judged = areas.stream().filter(a -> a.name != null && !a.name.isBlank())
                .map(a -> new ImprovementForms.AreaEntry(a.name, a.judgement)).toList();
        List<ImprovementForms.FindingEntry> found = lines(findings).stream()
                .map(l -> new ImprovementForms.FindingEntry(findingKind, l)).toList();
        return new ImprovementForms.InspectionEntry(kind, title, startsOn, endsOn, focusAreas, overall,
                letterPublishedOn, judged, found);
    }

    /** The non-blank lines of a text area, trimmed. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public List<Area> getAreas() {
        return areas;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(String focusAreas) {
        this.focusAreas = focusAreas;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }

    public LocalDate getLetterPublishedOn() {
        return letterPublishedOn;
    }

    public void setLetterPublishedOn(LocalDate letterPublishedOn) {
        this.letterPublishedOn = letterPublishedOn;
    }

    public String getFindingKind() {
        return findingKind;
    }

    public void setFindingKind(String findingKind) {
        this.findingKind = findingKind;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
