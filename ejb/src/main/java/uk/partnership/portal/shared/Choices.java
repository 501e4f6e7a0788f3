package uk.partnership.portal.shared;

/** Reads a choice from a list (an enum constant) sent as text, with a message that says what to choose. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
        String wanted = value == null ? "" : value.strip().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw new InvalidInputException(message);
    }

    /** As {@link #parse}, but an empty value means the fallback. */
    public static <E extends Enum<E>> E parseOr(Class<E> type, String value, E fallback, String message) {
        return value == null || value.isBlank() ? fallback : parse(type, value, message);
    }
}
