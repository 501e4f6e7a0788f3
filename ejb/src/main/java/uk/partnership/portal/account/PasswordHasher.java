package uk.partnership.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 (HMAC-SHA-256) password hashes through Jakarta Security's own implementation. */
@ApplicationScoped
public class PasswordHasher {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Checked against when the login name is unknown, so both failures cost the same time. */
    private String decoyHash;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoyHash = pbkdf2.generate("decoy-password-never-matches".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null || storedHash.isBlank()) {
            pbkdf2.verify(password, decoyHash);
            return false;
        }
        return pbkdf2.verify(password, storedHash);
    }
}
