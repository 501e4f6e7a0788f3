package uk.partnership.portal.web.body;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;

/** The bodies list: every body the caller may see, sortable and filterable in the table. */
@Named
@ViewScoped
public class BodyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodyService;

    private List<BodySummary> bodies;
    private List<BodySummary> filteredBodies;

    @PostConstruct
    void load() {
        bodies = bodyService.listBodies();
    }

    public List<BodySummary> getBodies() {
        return bodies;
    }

    public List<BodySummary> getFilteredBodies() {
        return filteredBodies;
    }

    public void setFilteredBodies(List<BodySummary> filteredBodies) {
        this.filteredBodies = filteredBodies;
    }
}
