package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.body.MembershipForm;
import uk.partnership.portal.body.MembershipService;

/** Changing and ending seats. Seats are never deleted. */
@ApplicationScoped
@Path("memberships/{id}")
@Tag(name = "Bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MembershipResource {

    public record Ending(LocalDate endsOn, Long version) {
    }

    @Inject
    MembershipService memberships;

    @PUT
    @Operation(summary = "Change a seat", description = "Send the version you read; 409 if someone saved in between.")
    public MemberView change(@PathParam("id") long id, MembershipForm form) {
        return memberships.changeMembership(id, BodyResource.required(form));
    }

    @POST
    @Path("end")
    @Operation(summary = "End a seat", description = "Ends on the given day, or today; access ends with it.")
    public MemberView end(@PathParam("id") long id, Ending ending) {
        Ending e = BodyResource.required(ending);
        return memberships.endMembership(id, e.version(), e.endsOn());
    }

    @DELETE
    @Operation(summary = "Refused: seats are ended, not deleted")
    public void delete(@PathParam("id") long id) {
        memberships.deleteMembership(id);
    }
}
