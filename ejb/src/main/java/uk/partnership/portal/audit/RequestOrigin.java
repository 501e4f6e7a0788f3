package uk.partnership.portal.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from; filled in by the web tier for each request. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
