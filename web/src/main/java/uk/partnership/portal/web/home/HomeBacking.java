package uk.partnership.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.account.AccountService;
import uk.partnership.portal.account.ApiTokenService;
import uk.partnership.portal.account.MyAccount;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.worklist.WorkList;
import uk.partnership.portal.web.support.PageActions;
import uk.partnership.portal.worklist.WorkListService;

/** Home: my work list, my bodies and my agency when signed in; the public bodies otherwise. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    AccountService accounts;

    @Inject
    BodyService bodies;

    @Inject
    ApiTokenService tokens;

    @Inject
    WorkListService workLists;

    private WorkList work = WorkList.NOTHING;

    private MyAccount me;
    private List<BodySummary> myBodies;
    private List<BodySummary> publicBodies;
    private List<ApiTokenService.TokenLine> myTokens = List.of();
    private String tokenName;
    private String tokenDays = "30";
    private String newToken;

    @PostConstruct
    void load() {
        me = accounts.me().orElse(null);
        if (me != null) {
            myBodies = bodies.myBodies();
            work = workLists.mine();
            myTokens = tokens.myTokens(null);
        } else {
            publicBodies = bodies.listBodies();
        }
    }

    /** Ends one of the person's API tokens at once (a script or tool they no longer use, or one that leaked). */
    public void revokeToken(String id) {
        if (tokens.revokeMine(id)) {
            Messages.addGlobalInfo("The token ending …" + id.substring(id.length() - 4) + " no longer works.");
        }
        myTokens = tokens.myTokens(null);
    }

    /** A named personal token, shown once here; bad input keeps what was typed and says what to fix. */
    public void createToken() {
        Integer days = tokenDays != null && tokenDays.strip().matches("\\d{1,2}") ? Integer.valueOf(tokenDays.strip())
                : null;
        if (days == null) {
            Messages.addError("newTokenForm:tokenDays", "Write the number of days as a whole number, from 1 to 90.");
            return;
        }
        ApiTokenService.IssuedToken issued = PageActions.attempt(() -> tokens.createPersonal(tokenName, days));
        if (issued != null) {
            newToken = issued.token();
            tokenName = null;
            myTokens = tokens.myTokens(null);
        }
    }

    public String getNewToken() {
        return newToken;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(String tokenDays) {
        this.tokenDays = tokenDays;
    }

    public List<ApiTokenService.TokenLine> getMyTokens() {
        return myTokens;
    }

    public WorkList getWork() {
        return work;
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
