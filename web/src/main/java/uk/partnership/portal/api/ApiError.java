package uk.partnership.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one shape of every API error. */
public record ApiError(int status, String error, String message) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), status.getReasonPhrase(), message);
    }

    public static Response response(int status, String error, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, error, message))
                .build();
    }
}
