package uk.partnership.portal.account;

import java.util.Optional;

/**
 * The outcome of a sign-in attempt. An unknown name, a wrong password and a disabled account are one outcome,
 * {@link Outcome#REFUSED}, with one message.
 */
public record SignInResult(Outcome outcome, SignedInPerson person, long minutesToWait) {

    public enum Outcome { SIGNED_IN, REFUSED, THROTTLED }

    public static final String REFUSED_MESSAGE = "The username or password is not correct.";

    static SignInResult signedIn(SignedInPerson person) {
        return new SignInResult(Outcome.SIGNED_IN, person, 0);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, 0);
    }

    static SignInResult throttled(long minutesToWait) {
        return new SignInResult(Outcome.THROTTLED, null, Math.max(1, minutesToWait));
    }

    public Optional<SignedInPerson> signedIn() {
        return Optional.ofNullable(person);
    }

    /** The message to show the person; never says whether the name exists. */
    public String message() {
        return switch (outcome) {
            case SIGNED_IN -> "Signed in.";
            case REFUSED -> REFUSED_MESSAGE;
            case THROTTLED -> "Too many failed sign-in attempts for this username. Wait " + minutesToWait
                    + (minutesToWait == 1 ? " minute" : " minutes") + " and try again.";
        };
    }
}
