package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.notification.ActionReminders;
import uk.partnership.portal.notification.MailLog;

/** The mail log, for system administrators: what the portal sent, what waits and what it dropped. */
@ApplicationScoped
@Path("mail")
@Tag(name = "Mail")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MailResource {

    @Inject
    MailLog log;

    @Inject
    ActionReminders reminders;

    /** How many actions a round of reminders wrote about. */
    public record Reminded(int actions) {
    }

    @GET
    @Path("log")
    @Operation(summary = "The latest messages, newest first (at most 1,000)")
    public List<MailLog.Line> log(@QueryParam("size") Integer size) {
        return log.latest(size == null ? 100 : size);
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Today's action reminders now (due in 7 days, overdue weekly)",
            description = "They also run every hour on their own; each action is reminded once per due date, or once "
                    + "a week while overdue, however often this is called.")
    public Reminded remind() {
        return new Reminded(reminders.remindNow());
    }
}
