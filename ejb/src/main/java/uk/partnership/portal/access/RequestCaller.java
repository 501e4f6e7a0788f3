package uk.partnership.portal.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;

/**
 * The caller as read at the start of this request, so a page or API call that asks a dozen services reads the
 * person and their seats once. Kept against the signed-in name: if the name changes within the request (sign-in,
 * sign-out) or a seat changes ({@link AccessPolicy#callerChanged()}), the next question reads afresh.
 */
@RequestScoped
public class RequestCaller {

    private String name;
    private Caller caller;

    Caller kept(String signedInName) {
        return caller != null && Objects.equals(name, signedInName) ? caller : null;
    }

    void keep(String signedInName, Caller read) {
        this.name = signedInName;
        this.caller = read;
    }

    void forget() {
        this.name = null;
        this.caller = null;
    }
}
