package uk.partnership.portal.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import uk.partnership.portal.account.SignOnService;
import uk.partnership.portal.shared.PortalClock;

/**
 * The OpenID Connect side of signing in through an agency's provider, with the Nimbus SDK: the authorization code
 * flow with PKCE, {@code state} and {@code nonce}; the code exchanged at the provider's token endpoint; the ID token's
 * signature checked against the provider's published keys and its issuer, audience, expiry and nonce checked before
 * anything in it is believed. Which account it opens is the EJB tier's decision ({@link SignOnService#signedOn}).
 */
@ApplicationScoped
public class SignOn {

    private static final Logger LOG = Logger.getLogger(SignOn.class.getName());

    /** The path the providers send people back to. */
    public static final String CALLBACK = "/sign-on/callback";

    /** How long a person may take at their provider's sign-in page. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    /** A provider's published configuration is read again after this long (keys rotate). */
    static final Duration METADATA_LIFETIME = Duration.ofHours(1);

    private static final String PENDING = "portal.signOn.pending";

    /** Session attribute: the ID token of a session begun through a provider, the hint for signing out there. */
    public static final String ID_TOKEN = "portal.signOn.idToken";

    /** What the session remembers between sending the person away and their return. */
    record Pending(long providerId, String state, String nonce, String verifier, String redirect, Instant startedAt)
            implements Serializable {
    }

    /** What came back: the provider's word for who this is, or why it could not be believed. */
    public record Answer(long providerId, String subject, String email, boolean emailVerified, String idToken,
                         String problem) {

        static Answer refused(String problem) {
            return new Answer(0, null, null, false, null, problem);
        }

        public boolean believed() {
            return problem == null;
        }
    }

    private record Known(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant readAt) {
    }

    private final ConcurrentHashMap<Long, Known> providers = new ConcurrentHashMap<>();

    @Inject
    SignOnService service;

    @Inject
    PortalClock clock;

    /** The provider's authorization address for this person, remembering in their session what must come back. */
    public URI start(SignOnService.Route route, HttpServletRequest request) throws IOException {
        OIDCProviderMetadata metadata = known(route).metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = callbackOf(request);
        AuthenticationRequest authorize = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), new ClientID(route.clientId()), redirect)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        request.getSession(true).setAttribute(PENDING, new Pending(route.providerId(), state.getValue(),
                nonce.getValue(), verifier.getValue(), redirect.toString(), clock.instant()));
        return authorize.toURI();
    }

    /** Reads the provider's answer on the callback address; nothing in it counts until every check has passed. */
    public Answer finish(HttpServletRequest request, SignOnService.Route route) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        if (pending == null || pending.startedAt().plus(PATIENCE).isBefore(clock.instant())
                || route == null || route.providerId() != pending.providerId()) {
            return Answer.refused("The sign-in through your organisation was not started here or took too long. "
                    + "Start again.");
        }
        try {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(pending.redirect() + query));
            if (!pending.state().equals(response.getState() == null ? null : response.getState().getValue())) {
                return Answer.refused("The answer from your organisation's sign-in did not match this browser's "
                        + "request. Start again.");
            }
            if (response instanceof AuthenticationErrorResponse error) {
                return Answer.refused("Your organisation's sign-in said no: "
                        + error.getErrorObject().getDescription() + ".");
            }
            AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
            Known known = known(route);
            AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, URI.create(pending.redirect()),
                    new CodeVerifier(pending.verifier()));
            URI tokenEndpoint = known.metadata().getTokenEndpointURI();
            TokenRequest exchange = route.secret()
                    .map(secret -> new TokenRequest(tokenEndpoint,
                            new ClientSecretBasic(new ClientID(route.clientId()), new Secret(secret)), grant))
                    .orElseGet(() -> new TokenRequest(tokenEndpoint, new ClientID(route.clientId()), grant));
            TokenResponse tokens = OIDCTokenResponseParser.parse(exchange.toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                LOG.warning(() -> "Token exchange refused by " + route.issuer() + ": "
                        + tokens.toErrorResponse().getErrorObject());
                return Answer.refused("Your organisation's sign-in did not confirm who you are. Start again.");
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = known.validator().validate(idToken, new Nonce(pending.nonce()));
            Boolean verified = claims.getBooleanClaim("email_verified");
            return new Answer(route.providerId(), claims.getSubject().getValue(), claims.getStringClaim("email"),
                    Boolean.TRUE.equals(verified), idToken.serialize(), null);
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            LOG.warning(() -> "ID token from " + route.issuer() + " refused: " + e.getMessage());
            return Answer.refused("Your organisation's sign-in answered with a token that could not be trusted "
                    + "(" + e.getMessage() + "). Start again.");
        } catch (ParseException | IOException | RuntimeException e) {
            LOG.warning(() -> "Sign-on through " + route.issuer() + " failed: " + e);
            return Answer.refused("Your organisation's sign-in could not be reached or answered in a way the "
                    + "portal does not understand. Try again in a minute.");
        }
    }

    /** The provider's configuration and key checker, read from its discovery document and kept for an hour. */
    private Known known(SignOnService.Route route) throws IOException {
        Known known = providers.get(route.providerId());
        if (known != null && known.readAt().plus(METADATA_LIFETIME).isAfter(clock.instant())
                && known.metadata().getIssuer().getValue().equals(route.issuer())) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(route.issuer()), 5_000, 5_000);
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(route.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            Known read = new Known(metadata, validator, clock.instant());
            providers.put(route.providerId(), read);
            targets = null; // its sign-in and sign-out addresses join the pages' form-action
            return read;
        } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new IOException("The provider " + route.issuer() + " did not publish a usable configuration: "
                    + e.getMessage(), e);
        }
    }

    /** Form targets as last read, and when: pages ask on every request, the providers change rarely. */
    private volatile String targets;
    private volatile Instant targetsReadAt = Instant.EPOCH;

    /**
     * The origins a page's form may lead to besides the portal: each provider's issuer and, once its configuration
     * has been read, its authorization endpoint (signing in) and end-session endpoint (signing out). Chromium applies
     * the page's {@code form-action} to the redirect that follows a form. Read again at most once a minute.
     */
    public String formTargets() {
        if (targets == null || targetsReadAt.plusSeconds(60).isBefore(clock.instant())) {
            targets = readFormTargets();
            targetsReadAt = clock.instant();
        }
        return targets;
    }

    /** After a provider is registered, changed or removed on this node. */
    public void providersChanged() {
        targets = null;
    }

    private String readFormTargets() {
        Set<String> origins = new TreeSet<>();
        try {
            for (SignOnService.Route route : service.routes()) {
                origins.add(originOf(URI.create(route.issuer())));
                // Only configuration already read: a page never waits on a provider's network.
                Known known = providers.get(route.providerId());
                if (known != null) {
                    origins.add(originOf(known.metadata().getAuthorizationEndpointURI()));
                    if (known.metadata().getEndSessionEndpointURI() != null) {
                        origins.add(originOf(known.metadata().getEndSessionEndpointURI()));
                    }
                }
            }
        } catch (RuntimeException databaseAway) {
            LOG.fine(() -> "No provider addresses for the sign-in page: " + databaseAway);
        }
        return String.join(" ", origins);
    }

    private static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * Where to send someone signing out of a session begun through their provider, so they are signed out there too
     * (RP-initiated logout), coming back to the portal's home; empty when the provider offers no such address.
     */
    public java.util.Optional<URI> signOutAt(SignOnService.Route route, String idToken, HttpServletRequest request) {
        try {
            URI endSession = known(route).metadata().getEndSessionEndpointURI();
            if (endSession == null || idToken == null) {
                return java.util.Optional.empty();
            }
            URI home = URI.create(callbackOf(request).toString().replace(CALLBACK, "/"));
            return java.util.Optional.of(new com.nimbusds.openid.connect.sdk.LogoutRequest(endSession,
                    com.nimbusds.jwt.JWTParser.parse(idToken), home, new State()).toURI());
        } catch (IOException | java.text.ParseException | RuntimeException unreachable) {
            LOG.info(() -> "No sign-out at " + route.issuer() + ": " + unreachable);
            return java.util.Optional.empty();
        }
    }

    /** The pending provider of this session's sign-on, if one was started. */
    public Long pendingProvider(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof Pending p ? p.providerId() : null;
    }

    private static URI callbackOf(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        String path = request.getRequestURI();
        return URI.create(base.substring(0, base.length() - path.length()) + request.getContextPath() + CALLBACK);
    }
}
