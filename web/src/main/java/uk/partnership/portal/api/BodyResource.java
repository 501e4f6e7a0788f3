package uk.partnership.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.body.MemberView;

/** Bodies and their members, as the caller's access allows. */
@Path("bodies")
@Tag(name = "Bodies")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class BodyResource {

    @Inject
    BodyService bodies;

    @GET
    @Operation(summary = "Bodies the caller may see", description = "Anonymous callers see public bodies only.")
    public List<BodySummary> list() {
        return bodies.listBodies();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One body", description = "404 when it does not exist or the caller may not see it.")
    public BodyDetail get(@PathParam("id") long id) {
        return bodies.getBody(id);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "Current and past members of a body")
    public List<MemberView> members(@PathParam("id") long id) {
        return bodies.members(id);
    }
}
