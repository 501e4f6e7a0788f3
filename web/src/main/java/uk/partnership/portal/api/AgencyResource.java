package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.account.AccessLine;
import uk.partnership.portal.account.InviteForm;
import uk.partnership.portal.account.PeopleService;
import uk.partnership.portal.account.PersonView;
import uk.partnership.portal.account.ProviderForm;
import uk.partnership.portal.account.ProviderView;
import uk.partnership.portal.account.SignOnService;
import uk.partnership.portal.agency.AgencyForm;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.AgencyAccessService;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.web.security.SignOn;

/** Partner agencies (public list) and, for their administrators, their people. */
@ApplicationScoped
@Path("agencies")
@Tag(name = "Agencies and people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AgencyResource {

    /** The new account and the one-time link to pass on; the link is shown once and stored only as a hash. */
    public record InvitationReply(PersonView person, String activationPath, String expiresAt, boolean mailed) {
    }

    @Inject
    AgencyService agencies;

    @Inject
    PeopleService people;

    @Inject
    AgencyAccessService agencyAccess;

    @Inject
    SignOnService signOn;

    @Inject
    SignOn signOnClient;

    /** The agency's provider as sent: the version of the one being changed, none when registering. */
    public record ProviderRequest(String issuer, String clientId, String emailDomains, Long version) {
    }

    @GET
    @Operation(summary = "All partner agencies")
    public List<AgencyView> list() {
        return agencies.listAgencies();
    }

    @POST
    @Operation(summary = "Add an agency (system administrators)")
    public Response create(AgencyForm form) {
        return Response.status(Response.Status.CREATED).entity(agencies.createAgency(BodyResource.required(form)))
                .build();
    }

    @GET
    @Path("{id}")
    public AgencyView get(@PathParam("id") long id) {
        return agencies.getAgency(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an agency (system administrators)")
    public AgencyView update(@PathParam("id") long id, AgencyForm form) {
        return agencies.updateAgency(id, BodyResource.required(form));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an agency nobody belongs to (system administrators)")
    public Response delete(@PathParam("id") long id) {
        agencies.deleteAgency(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/people")
    @Operation(summary = "The agency's accounts (its administrators and system administrators)")
    public List<PersonView> people(@PathParam("id") long id) {
        return people.peopleOf(id);
    }

    @POST
    @Path("{id}/people")
    @Operation(summary = "Invite someone from the agency", description = "With mail on, the one-time link goes to the new holder by "
            + "e-mail (mailed: true); without it, the link is returned here to pass on.")
    public Response invite(@PathParam("id") long id, InviteForm form) {
        PeopleService.Invitation invitation = people.invite(id, BodyResource.required(form));
        return Response.status(Response.Status.CREATED).entity(invitation.mailed()
                ? new InvitationReply(invitation.person(), null, null, true)
                : new InvitationReply(invitation.person(), "/activate.xhtml?token=" + invitation.token(),
                invitation.expiresAt().toString(), false)).build();
    }

    @GET
    @Path("{id}/access")
    @Operation(summary = "Who in the agency has access to what")
    public List<AccessLine> access(@PathParam("id") long id) {
        return agencyAccess.accessReport(id);
    }

    @GET
    @Path("{id}/provider")
    @Operation(summary = "The agency's own sign-in provider (system administrators); 404 when it has none")
    public ProviderView provider(@PathParam("id") long id) {
        return signOn.providerOf(id).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/provider")
    @Operation(summary = "Register or change the agency's OpenID Connect provider (system administrators)",
            description = "The client secret is never sent here: the server reads it from portal.oidc.<client id>.secret.")
    public ProviderView registerProvider(@PathParam("id") long id, ProviderRequest body) {
        ProviderRequest form = BodyResource.required(body);
        ProviderView saved = signOn.register(id, new ProviderForm(form.issuer(), form.clientId(), form.emailDomains()),
                form.version());
        signOnClient.providersChanged();
        return saved;
    }

    @DELETE
    @Path("{id}/provider")
    @Operation(summary = "End the agency's own sign-in; sessions opened through it end at their next request")
    public Response removeProvider(@PathParam("id") long id) {
        signOn.remove(id);
        signOnClient.providersChanged();
        return Response.noContent().build();
    }
}
