package uk.partnership.portal.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a password sign-in for the person whose password was right in this session: the code typed, or
 * the browser's passkey answer (WebAuthn's JSON form) to the challenge kept in the session.
 */
public record SecondFactorCredential(String code, String passkeyResponse) implements Credential {

    public static SecondFactorCredential code(String code) {
        return new SecondFactorCredential(code, null);
    }

    public static SecondFactorCredential passkey(String response) {
        return new SecondFactorCredential(null, response == null ? "" : response);
    }
}
