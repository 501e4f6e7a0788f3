package uk.partnership.portal.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.web.support.DatabaseTrouble;

/** Turns every failure into {@link ApiError} JSON with the right status and never a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String message = switch (status.getStatusCode()) {
                case 400 -> "The request could not be read. Check the JSON and the parameters.";
                case 404 -> "The record was not found.";
                case 405 -> "That method is not allowed here.";
                case 406, 415 -> "Only application/json is accepted and returned.";
                default -> status.getReasonPhrase();
            };
            return ApiError.response(status.getStatusCode(), status.getReasonPhrase(), message);
        }
    }

    /** Everything else, including the services' own refusals, which EJB may have wrapped. */
    @Provider
    public static class Failure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                Response known = known(cause);
                if (known != null) {
                    return known;
                }
            }
            if (DatabaseTrouble.unavailable(e)) {
                LOG.warning(() -> "Database unavailable: " + e);
                return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                        DatabaseTrouble.UNAVAILABLE)).header("Retry-After", "30").build();
            }
            if (DatabaseTrouble.nulCharacter(e)) {
                return ApiError.response(Response.Status.BAD_REQUEST, DatabaseTrouble.NUL_CHARACTER);
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server. It has been logged.");
        }

        private static Response known(Throwable cause) {
            if (cause instanceof NotFoundException) {
                return ApiError.response(Response.Status.NOT_FOUND, cause.getMessage());
            }
            if (cause instanceof ForbiddenException || cause instanceof EJBAccessException) {
                return ApiError.response(Response.Status.FORBIDDEN, cause instanceof ForbiddenException
                        ? cause.getMessage() : "You do not have access to do that.");
            }
            if (cause instanceof ConflictException) {
                return ApiError.response(Response.Status.CONFLICT, cause.getMessage());
            }
            if (cause instanceof OptimisticLockException) {
                return ApiError.response(Response.Status.CONFLICT, ConflictException.STALE);
            }
            if (cause instanceof uk.partnership.portal.shared.TooManyRequestsException) {
                return ApiError.response(429, "Too Many Requests", cause.getMessage());
            }
            if (cause instanceof InvalidInputException) {
                return ApiError.response(Response.Status.BAD_REQUEST, cause.getMessage());
            }
            if (cause instanceof ProcessingException || cause instanceof JsonbException) {
                return ApiError.response(Response.Status.BAD_REQUEST,
                        "The request body could not be read as the expected JSON.");
            }
            return null;
        }
    }
}
