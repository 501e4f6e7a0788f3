package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.account.PeopleService;
import uk.partnership.portal.account.PersonView;
import uk.partnership.portal.account.SecondFactor;

/** One account: its holder, its agency's administrators and system administrators may see it. */
@ApplicationScoped
@Path("people/{id}")
@Tag(name = "Agencies and people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PersonResource {

    public record Versioned(Long version) {
    }

    @Inject
    PeopleService people;

    @Inject
    SecondFactor secondFactor;

    @GET
    public PersonView get(@PathParam("id") long id) {
        return people.getPerson(id);
    }

    @POST
    @Path("disable")
    @Operation(summary = "Disable the account; it loses access on its next request")
    public PersonView disable(@PathParam("id") long id, Versioned body) {
        return people.setEnabled(id, false, BodyResource.required(body).version());
    }

    @POST
    @Path("enable")
    @Operation(summary = "Re-enable the account")
    public PersonView enable(@PathParam("id") long id, Versioned body) {
        return people.setEnabled(id, true, BodyResource.required(body).version());
    }

    @POST
    @Path("second-factor/reset")
    @Operation(summary = "A lost authenticator: remove the person's second factor and recovery codes (system "
            + "administrators); they set up a new one at their next sign-in")
    public Response resetSecondFactor(@PathParam("id") long id) {
        secondFactor.reset(id);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Refused: accounts are disabled, not deleted")
    public void delete(@PathParam("id") long id) {
        people.deletePerson(id);
    }
}
