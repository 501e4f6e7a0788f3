package uk.partnership.portal.web.body;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.shared.NotFoundException;

/** A body's page: what it is and who sits on it. An unknown or hidden body is the same not-found page. */
@Named
@RequestScoped
public class BodyViewBacking {

    @Inject
    BodyService bodyService;

    private String id;
    private BodyDetail body;
    private List<MemberView> currentMembers;
    private List<MemberView> pastMembers;

    public void load() throws IOException {
        try {
            long bodyId = Long.parseLong(id == null ? "" : id);
            body = bodyService.getBody(bodyId);
            List<MemberView> members = bodyService.members(bodyId);
            currentMembers = members.stream().filter(MemberView::current).toList();
            pastMembers = members.stream().filter(m -> !m.current()).toList();
        } catch (NumberFormatException | NotFoundException e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BodyDetail getBody() {
        return body;
    }

    public List<MemberView> getCurrentMembers() {
        return currentMembers;
    }

    public List<MemberView> getPastMembers() {
        return pastMembers;
    }
}
