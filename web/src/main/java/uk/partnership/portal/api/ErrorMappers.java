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

/** Turns every failure into {@link ApiError} JSON with the right status and never a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ApiError.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return ApiError.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ApiError.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
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

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            // EJB wraps what it does not know; look through the causes for the real answer.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotFoundException notFound) {
                    return new NotFound().toResponse(notFound);
                }
                if (cause instanceof ForbiddenException forbidden) {
                    return new Forbidden().toResponse(forbidden);
                }
                if (cause instanceof ConflictException conflict) {
                    return new Conflict().toResponse(conflict);
                }
                if (cause instanceof InvalidInputException invalid) {
                    return new InvalidInput().toResponse(invalid);
                }
                if (cause instanceof OptimisticLockException) {
                    return ApiError.response(Response.Status.CONFLICT, ConflictException.STALE);
                }
                if (cause instanceof ProcessingException || cause instanceof JsonbException) {
                    return ApiError.response(Response.Status.BAD_REQUEST,
                            "The request body could not be read as the expected JSON.");
                }
                if (cause instanceof EJBAccessException) {
                    return ApiError.response(Response.Status.FORBIDDEN, "You do not have access to do that.");
                }
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server. It has been logged.");
        }
    }
}
