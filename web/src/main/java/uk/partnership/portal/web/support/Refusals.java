package uk.partnership.portal.web.support;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Refusing a request before it reaches a page or a resource (filters, the sign-in mechanism): the API's JSON error
 * shape for API callers, the error page for people. A 503 says when to try again.
 */
public final class Refusals {

    private Refusals() {
    }

    public static void send(HttpServletResponse response, boolean json, int status, String message) {
        try {
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", "30");
            }
            if (!json) {
                response.sendError(status, message);
                return;
            }
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(Json.createObjectBuilder().add("status", status)
                    .add("error", Response.Status.fromStatusCode(status).getReasonPhrase()).add("message", message)
                    .build().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
