package uk.partnership.portal.action;

/**
 * Makes text safe to open in a spreadsheet: a value that starts with {@code = + - @} (or a tab or carriage return,
 * which some programs skip before reading a formula) is prefixed with an apostrophe, so it is shown as text and
 * never run as a formula.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** A CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
    public static String csv(String value) {
        String safe = neutralise(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
