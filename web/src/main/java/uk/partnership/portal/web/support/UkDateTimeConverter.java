package uk.partnership.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * A date and time as people in the UK type it — "20/07/2020 16:00" (day first; one-figure days, months and hours
 * allowed) — or as the API and older bookmarks write it, "2020-07-20 16:00". Shown back day first. Days that do not
 * exist (31/02) are refused, never moved to the nearest real one.
 */
@FacesConverter("ukDateTime")
public class UkDateTimeConverter implements Converter<LocalDateTime> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu H.mm", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip().replaceAll("\\s+", " ");
        return TypedDates.read(typed, READ, LocalDateTime::parse, component,
                "Enter the date and time as day/month/year hours:minutes, for example 20/07/2020 16:00.");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : value.format(SHOWN);
    }
}
