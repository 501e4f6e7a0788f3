package uk.partnership.portal.account;

import java.util.Optional;

/**
 * The outcome of a sign-in attempt. An unknown name, a wrong password and a disabled account are one outcome,
 * {@link Outcome#REFUSED}, with one message.
 */
public record SignInResult(Outcome outcome, SignedInPerson person, long minutesToWait, String address) {

    /**
     * {@code NOT_INVITED}: a provider vouched for someone their agency has not invited here; {@code USE_PROVIDER}: a
     * local password for an account whose agency signs its people in itself; {@code SECOND_FACTOR}: the password was
     * right and the authenticator's code is asked next ({@code person} says whose); {@code WRONG_CODE}: that code was
     * not right or was used already; {@code PASSKEY_REFUSED}: the passkey's answer did not check out.
     */
    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED, NOT_INVITED, USE_PROVIDER, SECOND_FACTOR, WRONG_CODE, PASSKEY_REFUSED }

    public static final String REFUSED_MESSAGE = "The username or password is not correct.";

    static SignInResult signedIn(SignedInPerson person) {
        return new SignInResult(Outcome.SIGNED_IN, person, 0, null);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, 0, null);
    }

    static SignInResult notInvited(String address) {
        return new SignInResult(Outcome.NOT_INVITED, null, 0, address);
    }

    static SignInResult secondFactor(SignedInPerson person) {
        return new SignInResult(Outcome.SECOND_FACTOR, person, 0, null);
    }

    static SignInResult wrongCode() {
        return new SignInResult(Outcome.WRONG_CODE, null, 0, null);
    }

    static SignInResult passkeyRefused() {
        return new SignInResult(Outcome.PASSKEY_REFUSED, null, 0, null);
    }

    static SignInResult useProvider() {
        return new SignInResult(Outcome.USE_PROVIDER, null, 0, null);
    }

    /** Refused for now; the wait is told in whole minutes, rounded up. */
    static SignInResult throttled(java.time.Duration wait) {
        return new SignInResult(Outcome.THROTTLED, null, Math.max(1, (wait.toSeconds() + 59) / 60), null);
    }

    public Optional<SignedInPerson> signedIn() {
        return outcome == Outcome.SIGNED_IN ? Optional.ofNullable(person) : Optional.empty();
    }

    /** The message to show the person; never says whether the name exists. */
    public String message() {
        return switch (outcome) {
            case SIGNED_IN -> "Signed in.";
            case REFUSED -> REFUSED_MESSAGE;
            case THROTTLED -> "Too many failed sign-in attempts for this username. Wait " + minutesToWait
                    + (minutesToWait == 1 ? " minute" : " minutes") + " and try again.";
            case NOT_INVITED -> "Your organisation signed you in as " + address + ", but there is no account here for "
                    + "that address. Ask your agency's administrator of this portal to invite you.";
            case SECOND_FACTOR -> "Enter the 6-digit code from your authenticator app.";
            case WRONG_CODE -> "That code is not right, or was used already. Enter the code your authenticator app "
                    + "shows now, or one of your recovery codes.";
            case PASSKEY_REFUSED -> "That passkey was not accepted. Try it again, or enter a code from your "
                    + "authenticator app or one of your recovery codes.";
            case USE_PROVIDER -> "Your organisation signs you in: enter your work e-mail address instead of your "
                    + "username, leave the password empty, and choose Sign in.";
        };
    }
}
