package uk.partnership.portal.improvement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new risk, as the secretary's page and the API send it: what it is, who owns it, and its first assessment. The
 * constraints are the rules; the page checks them field by field, the service checks the whole form again.
 */
public class RiskForm extends RiskAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the risk.")
    @Size(max = 300, message = "The risk must be 300 characters or fewer.")
    private String title;

    @Size(max = 5000, message = "The description must be 5000 characters or fewer.")
    private String description;

    private Long ownerPersonId;
    private Long ownerAgencyId;

    @AssertTrue(message = "Choose who owns the risk.")
    public boolean isOwned() {
        return ownerPersonId != null || ownerAgencyId != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public void setOwnerAgencyId(Long ownerAgencyId) {
        this.ownerAgencyId = ownerAgencyId;
    }
}
