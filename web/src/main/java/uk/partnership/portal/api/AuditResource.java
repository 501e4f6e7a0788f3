package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.audit.AuditFilter;
import uk.partnership.portal.audit.AuditQueryService;
import uk.partnership.portal.audit.ChainVerification;

/** The audit trail, for system administrators. */
@ApplicationScoped
@Path("audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    @Inject
    AuditQueryService audit;

    @GET
    @Operation(summary = "Audit events, newest first", description = "Filter by username, agency id, entity "
            + "and date (YYYY-MM-DD, UTC days, inclusive).")
    public AuditQueryService.Page find(@QueryParam("person") String person, @QueryParam("agency") Long agency,
                                       @QueryParam("entity") String entity, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("first") int first,
                                       @QueryParam("size") Integer size) {
        return audit.find(new AuditFilter(person, agency, entity, ApiParams.date(from), ApiParams.date(to)), first,
                size == null ? 50 : size);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Re-compute the hash chain and report the first broken link")
    public ChainVerification verify() {
        return audit.verify();
    }
}
