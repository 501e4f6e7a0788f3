package uk.partnership.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Dates and times as UK users type them, day first. */
class UkDateTimeConverterTest {

    private final UkDateTimeConverter converter = new UkDateTimeConverter();
    private static final LocalDateTime MEETING = LocalDateTime.of(2020, 7, 20, 16, 0);

    @Test
    void dayFirstAsPeopleTypeIt() {
        assertEquals(MEETING, converter.getAsObject(null, null, "20/07/2020 16:00"));
        assertEquals(MEETING, converter.getAsObject(null, null, " 20/7/2020  16:00 "));
        assertEquals(MEETING, converter.getAsObject(null, null, "20/07/2020 16.00"));
        assertEquals(LocalDateTime.of(2020, 9, 14, 9, 30), converter.getAsObject(null, null, "14/9/2020 9:30"));
        assertEquals(MEETING, converter.getAsObject(null, null, "2020-07-20 16:00"), "the ISO form still reads");
        assertNull(converter.getAsObject(null, null, "  "));
        assertEquals("20/07/2020 16:00", converter.getAsString(null, null, MEETING));
    }

    @Test
    void notADateIsRefusedWithAnExample() {
        ConverterException refused = assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "next Tuesday"));
        assertEquals("Enter the date and time as day/month/year hours:minutes, for example 20/07/2020 16:00.",
                refused.getFacesMessage().getSummary());
        assertThrows(ConverterException.class,
                () -> converter.getAsObject(null, null, "31/02/2020 16:00"));
    }
}
