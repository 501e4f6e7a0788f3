package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.account.ApiTokenService;
import uk.partnership.portal.account.SecondFactor;
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.account.SignInService;
import uk.partnership.portal.account.SignedInPerson;

/** Exchanges a username and password for a bearer token, under the same throttling as the sign-in page. */
@ApplicationScoped
@Path("auth")
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** {@code code}: the authenticator app's code (or a recovery code) of an account with a second factor. */
    public record TokenRequest(String username, String password, String code) {
    }

    public record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt) {
    }

    @Inject
    SignInService signIn;

    @Inject
    ApiTokenService tokens;

    @Inject
    AccessPolicy access;

    @Inject
    SecondFactor secondFactor;

    @Context
    HttpServletRequest request;

    @DELETE
    @Path("token")
    @Operation(summary = "Sign out: end the bearer token sent with this request")
    public Response revokeThisToken() {
        tokens.revoke(presentedToken());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "Your current bearer tokens", description = "The token in use is marked thisOne.")
    public Response myTokens() {
        if (access.caller().anonymous()) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "Sign in to see your tokens.");
        }
        return Response.ok(tokens.myTokens(presentedToken())).build();
    }

    /** A personal token asked for by name and length, for a script or tool of someone already signed in. */
    public record PersonalTokenRequest(String name, Integer days) {
    }

    public record PersonalTokenResponse(String token, String name, OffsetDateTime expiresAt) {
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create a personal token (named, up to 90 days; shown once)", description = "The way to "
            + "the API for people who sign in through their agency's own provider and so have no password here.")
    public Response createPersonal(PersonalTokenRequest body) {
        if (access.caller().anonymous()) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "Sign in to create a token.");
        }
        PersonalTokenRequest form = BodyResource.required(body);
        ApiTokenService.IssuedToken issued = tokens.createPersonal(form.name(), form.days());
        return Response.status(Response.Status.CREATED)
                .entity(new PersonalTokenResponse(issued.token(), form.name().strip(), issued.expiresAt())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "End one of your bearer tokens, named by its id from the list")
    public Response revokeMine(@PathParam("id") String id) {
        if (access.caller().anonymous()) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "Sign in to end your tokens.");
        }
        return tokens.revokeMine(id) ? Response.noContent().build()
                : ApiError.response(Response.Status.NOT_FOUND, "You have no current token with that id.");
    }

    private String presentedToken() {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    @POST
    @Path("token")
    @Operation(summary = "Get a bearer token", description = "Send it as 'Authorization: Bearer <token>'.")
    public Response token(TokenRequest body) {
        if (body == null || body.username() == null || body.password() == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Send a JSON object with username and password.");
        }
        SignInResult result = signIn.signIn(body.username(), body.password().toCharArray(), request.getRemoteAddr());
        if (result.outcome() == SignInResult.Outcome.SECOND_FACTOR) {
            if (body.code() == null || body.code().isBlank()) {
                return ApiError.response(Response.Status.UNAUTHORIZED, "This account has a second factor: send code "
                        + "(the 6-digit code from the authenticator app, or a recovery code) with the username and password.");
            }
            result = secondFactor.verify(result.person().personId(), body.code(), request.getRemoteAddr());
        }
        if (result.signedIn().map(SignedInPerson::mustEnrol).orElse(false)) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "This account runs part of the portal and needs a "
                    + "second factor first: sign in on the pages and set up a passkey or an authenticator app, then ask again "
                    + "with an app code or a recovery code.");
        }
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                ApiTokenService.IssuedToken issued = tokens.issue(result.person());
                yield Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresAt())).build();
            }
            case THROTTLED -> ApiError.response(429, "Too Many Requests", result.message());
            case REFUSED, NOT_INVITED, USE_PROVIDER, SECOND_FACTOR, WRONG_CODE, PASSKEY_REFUSED ->
                    ApiError.response(Response.Status.UNAUTHORIZED, result.message());
        };
    }
}
