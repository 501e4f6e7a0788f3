package uk.partnership.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * A day as people in the UK type it — "20/07/2020", "20/7/2020", "20.07.2020" — or as the API and older bookmarks
 * write it, "2020-07-20". Shown day first. (The pages use text boxes, not the browser's date picker, whose order
 * follows the browser's language rather than the reader's country.) Days that do not exist (31/02) are refused.
 */
@FacesConverter("ukDate")
public class UkDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        return TypedDates.read(typed, READ, LocalDate::parse, component,
                "Enter the date as day/month/year, for example 20/07/2020.");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(SHOWN);
    }
}
