package uk.partnership.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days as UK users type them, day first, and as date pickers send them. */
class UkDateConverterTest {

    private final UkDateConverter converter = new UkDateConverter();
    private static final LocalDate MEETING_DAY = LocalDate.of(2020, 7, 20);

    @Test
    void dayFirstOrAsAPickerSendsIt() {
        assertEquals(MEETING_DAY, converter.getAsObject(null, null, "20/07/2020"));
        assertEquals(MEETING_DAY, converter.getAsObject(null, null, " 20/7/2020 "));
        assertEquals(MEETING_DAY, converter.getAsObject(null, null, "20.07.2020"));
        assertEquals(MEETING_DAY, converter.getAsObject(null, null, "2020-07-20"), "a date picker's value");
        assertEquals(LocalDate.of(2020, 3, 9), converter.getAsObject(null, null, "9/3/2020"), "day first, not month");
        assertNull(converter.getAsObject(null, null, ""));
        assertEquals("20/07/2020", converter.getAsString(null, null, MEETING_DAY));
    }

    @Test
    void notADayIsRefusedWithAnExample() {
        ConverterException refused = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "20th July"));
        assertEquals("Enter the date as day/month/year, for example 20/07/2020.", refused.getFacesMessage().getSummary());
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "31/02/2020"));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "07/20/2020"), "US order");
    }
}
