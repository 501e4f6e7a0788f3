package uk.partnership.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.account.AccountService;
import uk.partnership.portal.account.MyAccount;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;

/** Home: my bodies and my agency when signed in; the public bodies otherwise. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    AccountService accounts;

    @Inject
    BodyService bodies;

    private MyAccount me;
    private List<BodySummary> myBodies;
    private List<BodySummary> publicBodies;

    @PostConstruct
    void load() {
        me = accounts.me().orElse(null);
        if (me != null) {
            myBodies = bodies.myBodies();
        } else {
            publicBodies = bodies.listBodies();
        }
    }

    public MyAccount getMe() {
        return me;
    }

    public List<BodySummary> getMyBodies() {
        return myBodies;
    }

    public List<BodySummary> getPublicBodies() {
        return publicBodies;
    }
}
