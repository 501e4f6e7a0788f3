package uk.partnership.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static Optional<String> check(String password, String... personal) {
        return PasswordPolicy.problemWith(password.toCharArray(), personal);
    }

    @Test
    void repeatedCommonAndPatternedPasswordsAreRefusedWithAReason() {
        assertTrue(check("aaaaaaaaaaaa").orElseThrow().contains("repeated"));
        assertTrue(check("abababababab").orElseThrow().contains("repeated"));
        for (String weak : new String[] {"password1234", "qwertyuiop123", "Password123!", "1234567890ab",
                "iloveyou2024", "letmein12345", "manchester12"}) {
            assertTrue(check(weak).orElseThrow().contains("too easy to guess"), weak);
        }
        assertTrue(check("short1!").orElseThrow().contains("at least 12"));
    }

    @Test
    void theOwnNameOrUsernameIsRefused() {
        assertTrue(check("dreeve-cleveland-2026", "dreeve", "Dan Reeve").orElseThrow().contains("your name"));
    }

    @Test
    void longUnrelatedWordsAndTheDemoPasswordPass() {
        assertEquals(Optional.empty(), check("Partnership-Demo-2026"));
        assertEquals(Optional.empty(), check("copper kettle orbit lantern"));
        assertEquals(Optional.empty(), check("v7#Qm2!xLp9@rT"));
    }
}
