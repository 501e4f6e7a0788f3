package uk.partnership.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.notification.MailLog;

/** The mail log, for system administrators: what the portal sent, what waits and what it dropped. */
@Path("mail")
@Tag(name = "Mail")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MailResource {

    @Inject
    MailLog log;

    @GET
    @Path("log")
    @Operation(summary = "The latest messages, newest first (at most 1,000)")
    public List<MailLog.Line> log(@QueryParam("size") Integer size) {
        return log.latest(size == null ? 100 : size);
    }
}
