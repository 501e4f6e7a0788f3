package uk.partnership.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API, version 1. Anonymous callers get the public view of the same resources. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Partnership Governance Portal API", version = "1",
        description = "Bodies, membership and (in later versions) meetings, minutes and actions of a children's "
                + "partnership. Send 'Authorization: Bearer <token>' from POST /api/v1/auth/token; without it "
                + "you see what the public sees."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class PortalApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Without this, a response with a status and no entity becomes the server's HTML error page.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
