package uk.partnership.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a form against its Bean Validation constraints — the same constraints the pages check field by field — and
 * refuses it with every broken rule's message, in the order the form lists its fields, so the page and the API say
 * the same words.
 */
@ApplicationScoped
public class FormCheck {

    @Inject
    Validator validator;

    /** The form, if it keeps every rule; otherwise refused with the messages. {@code missing} says what to send. */
    public <T> T valid(T form, String missing) {
        InvalidInputException.require(form != null, missing);
        refuseBroken(form.getClass(), validator.validate(form));
        return form;
    }

    /**
     * Refuses with the messages of the violations: fields in declaration order (the form's own, then those it
     * inherits), then rules of the whole form.
     */
    public static <T> void refuseBroken(Class<?> type, Set<ConstraintViolation<T>> violations) {
        if (violations.isEmpty()) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                fields.add(f.getName());
            }
        }
        List<String> messages = violations.stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> v) -> {
                    String path = v.getPropertyPath().toString();
                    int at = fields.indexOf(path.contains(".") ? path.substring(0, path.indexOf('.')) : path);
                    return at < 0 ? Integer.MAX_VALUE : at;
                }).thenComparing(ConstraintViolation::getMessage))
                .map(ConstraintViolation::getMessage).distinct().toList();
        throw new InvalidInputException(String.join(" ", messages));
    }
}
