package uk.partnership.portal.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a change touched, before and after, as JSON for the audit trail. Unchanged fields are left out. */
public final class Changes {

    private final Map<String, Object[]> fields = new LinkedHashMap<>();

    public static Changes of() {
        return new Changes();
    }

    /** For a record as created: every field with no before. */
    public Changes set(String field, Object after) {
        if (after != null) {
            fields.put(field, new Object[] {null, after});
        }
        return this;
    }

    public Changes field(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.put(field, new Object[] {before, after});
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public String toJson() {
        JsonObjectBuilder root = Json.createObjectBuilder();
        fields.forEach((name, values) -> {
            JsonObjectBuilder pair = Json.createObjectBuilder();
            add(pair, "before", values[0]);
            add(pair, "after", values[1]);
            root.add(name, pair);
        });
        return root.build().toString();
    }

    private static void add(JsonObjectBuilder pair, String key, Object value) {
        if (value == null) {
            pair.addNull(key);
        } else if (value instanceof Boolean b) {
            pair.add(key, b);
        } else if (value instanceof Number n) {
            pair.add(key, n.longValue());
        } else {
            pair.add(key, value.toString());
        }
    }
}
