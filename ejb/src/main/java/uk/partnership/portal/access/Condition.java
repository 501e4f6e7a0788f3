package uk.partnership.portal.access;

import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.Map;

/**
 * A piece of a JPQL {@code where} clause ({@code " and (…)"}, or nothing) with the parameters it names: how a rule
 * of who may see what travels into a list query, so the list is filtered by the database, never after loading.
 */
public record Condition(String jpql, Map<String, Object> parameters) {

    /** No restriction (an administrator's). */
    public static final Condition NONE = new Condition("", Map.of());

    public Condition {
        parameters = Map.copyOf(parameters);
    }

    /** Sets this condition's parameters on the query that carries its text. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Both conditions; a parameter both name must have the same value in each. */
    public Condition and(Condition other) {
        Map<String, Object> both = new HashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            Object mine = both.putIfAbsent(name, value);
            if (mine != null && !mine.equals(value)) {
                throw new IllegalArgumentException("Two conditions give :" + name + " different values");
            }
        });
        return new Condition(jpql + other.jpql, both);
    }
}
