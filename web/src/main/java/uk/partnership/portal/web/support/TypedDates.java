package uk.partnership.portal.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.convert.ConverterException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;

/** Reading a date as typed, trying each way people write it; a refusal names the form with an example. */
final class TypedDates {

    private TypedDates() {
    }

    static <T> T read(String typed, List<DateTimeFormatter> ways, BiFunction<String, DateTimeFormatter, T> parse,
                      UIComponent component, String example) {
        for (DateTimeFormatter way : ways) {
            try {
                return parse.apply(typed, way);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        Object message = component == null ? null : component.getAttributes().get("converterMessage");
        String text = message == null ? example : message.toString();
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
