package uk.partnership.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignInRulesTest {

    @Test
    void loginNamesIgnoreCaseAndSurroundingSpace() {
        assertEquals("police-admin", Person.normalise("  Police-Admin "));
        assertEquals("", Person.normalise(null));
    }

    @Test
    void aRefusalNeverSaysWhetherTheNameExists() {
        String message = SignInResult.refused().message();
        assertEquals("The username or password is not correct.", message);
        assertFalse(message.toLowerCase().contains("unknown"));
        assertFalse(message.toLowerCase().contains("disabled"));
    }

    @Test
    void aLockoutSaysHowLongToWait() {
        assertEquals("Too many failed sign-in attempts for this username. Wait 1 minute and try again.",
                SignInResult.throttled(java.time.Duration.ZERO).message());
        assertTrue(SignInResult.throttled(java.time.Duration.ofMinutes(14)).message().contains("Wait 14 minutes"));
        assertTrue(SignInResult.throttled(java.time.Duration.ofSeconds(61)).message().contains("Wait 2 minutes"),
                "a part of a minute counts as a minute");
    }

    @Test
    void tokensAreStoredAsSha256Hex() {
        String hash = ApiTokenService.sha256("abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
        assertNotEquals(hash, ApiTokenService.sha256("abd"));
    }
}
