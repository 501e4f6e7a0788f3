package uk.partnership.portal.scrutiny;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import uk.partnership.portal.action.ActionLinks;

/** Scrutiny's answer to the action log about a recommendation an action carries out. */
@Stateless
@Local(ActionLinks.Recommendations.class)
@PermitAll
public class ScrutinyActionLinks implements ActionLinks.Recommendations {

    @EJB
    TopicReviewService reviews;

    @Override
    public ActionLinks.Recommended managed(long recommendationId) {
        Recommendation r = reviews.managedRecommendation(recommendationId);
        return new ActionLinks.Recommended(r.getTopic().getBody().getId(),
                r.getAddressedTo() == null ? null : r.getAddressedTo().getId(), r.getTopic().getMunicipalYear());
    }
}
