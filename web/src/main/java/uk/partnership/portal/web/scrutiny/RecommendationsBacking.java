package uk.partnership.portal.web.scrutiny;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.scrutiny.ProgrammeViews;

/** Scrutiny recommendations addressed to the reader's agency. */
@Named
@RequestScoped
public class RecommendationsBacking {

    @Inject
    ProgrammeQuery programmes;

    private List<ProgrammeViews.RecommendationView> recommendations;

    public List<ProgrammeViews.RecommendationView> getRecommendations() {
        if (recommendations == null) {
            recommendations = programmes.addressedToMyAgency();
        }
        return recommendations;
    }
}
