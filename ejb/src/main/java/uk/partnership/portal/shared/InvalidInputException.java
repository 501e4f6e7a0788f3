package uk.partnership.portal.shared;

import jakarta.ejb.ApplicationException;

/** The input breaks a rule; the message says which, in words a person can act on. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidInputException(message);
        }
    }

    public static String requireText(String value, String field, int maxLength) {
        String text = value == null ? "" : value.strip();
        require(!text.isEmpty(), "Enter the " + field + ".");
        require(text.length() <= maxLength, "The " + field + " must be " + maxLength + " characters or fewer.");
        return text;
    }

    public static String optionalText(String value, String field, int maxLength) {
        String text = value == null ? "" : value.strip();
        require(text.length() <= maxLength, "The " + field + " must be " + maxLength + " characters or fewer.");
        return text.isEmpty() ? null : text;
    }
}
