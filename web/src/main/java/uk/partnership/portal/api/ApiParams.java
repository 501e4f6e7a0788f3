package uk.partnership.portal.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.partnership.portal.shared.InvalidInputException;

/** Query parameters read the one way every resource reads them: bad input is a 400 naming what to fix. */
final class ApiParams {

    private ApiParams() {
    }

    /** A date given as YYYY-MM-DD, or null when absent. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give dates as YYYY-MM-DD.");
        }
    }
}
