package uk.partnership.portal.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a password sign-in: the code typed for the person whose password was right in this session. */
public record SecondFactorCredential(String code) implements Credential {
}
