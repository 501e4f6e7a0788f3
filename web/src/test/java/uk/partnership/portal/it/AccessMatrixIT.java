package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every record of every kind, for view, list, edit and delete, through the API. The expected
 * answer is worked out here from the access rules and the demo data as an administrator reads it; the actual
 * answer is what the portal says. Edits send the record back unchanged, so allowed ones change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> ROLES = List.of("admin", "police-admin", "secretary", "chair", "police",
            "health", "school", "voluntary", "councillor", "anonymous");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private final List<String> mismatches = new ArrayList<>();
    private int cases;

    /** What the rules need to know about a role. */
    record Who(String role, String token, Long personId, Long agencyId, boolean admin, boolean agencyAdmin,
               Set<Long> seats, Set<Long> secretaryOf) {
    }

    @Test
    void noRoleSeesOrChangesMoreThanTheRulesAllow() throws Exception {
        api = new Api(base.toString());
        String adminToken = api.token("admin");
        JsonArray bodies = api.get("/api/v1/bodies", adminToken).array();
        Map<Long, JsonObject> bodyDetail = new LinkedHashMap<>();
        Map<Long, List<JsonObject>> seatsOf = new LinkedHashMap<>();
        for (JsonObject b : bodies.getValuesAs(JsonObject.class)) {
            long id = b.getJsonNumber("id").longValue();
            bodyDetail.put(id, api.get("/api/v1/bodies/" + id, adminToken).object());
            seatsOf.put(id, api.get("/api/v1/bodies/" + id + "/members", adminToken).array()
                    .getValuesAs(JsonObject.class));
        }
        List<JsonObject> agencies = api.get("/api/v1/agencies", adminToken).array().getValuesAs(JsonObject.class);
        Map<Long, List<JsonObject>> peopleOf = new LinkedHashMap<>();
        Map<String, JsonObject> personByUsername = new HashMap<>();
        for (JsonObject a : agencies) {
            long id = a.getJsonNumber("id").longValue();
            List<JsonObject> people = api.get("/api/v1/agencies/" + id + "/people", adminToken).array()
                    .getValuesAs(JsonObject.class);
            peopleOf.put(id, people);
            people.forEach(p -> personByUsername.put(p.getString("username"), p));
        }

        List<Who> roles = new ArrayList<>();
        for (String role : ROLES) {
            if (role.equals("anonymous")) {
                roles.add(new Who(role, null, null, null, false, false, Set.of(), Set.of()));
                continue;
            }
            JsonObject person = personByUsername.get(role);
            long personId = person.getJsonNumber("id").longValue();
            Set<Long> seats = new HashSet<>();
            Set<Long> secretaryOf = new HashSet<>();
            seatsOf.forEach((bodyId, seatList) -> seatList.stream()
                    .filter(s -> s.getJsonNumber("personId").longValue() == personId && s.getBoolean("current"))
                    .forEach(s -> {
                        seats.add(bodyId);
                        if (s.getString("roleCode").equals("SECRETARY")) {
                            secretaryOf.add(bodyId);
                        }
                    }));
            roles.add(new Who(role, api.token(role), personId, person.getJsonNumber("agencyId").longValue(),
                    role.equals("admin"), person.getBoolean("agencyAdmin"), seats, secretaryOf));
        }

        String throwawayAgency = api.call("POST", "/api/v1/agencies", adminToken,
                "{\"name\":\"Matrix test agency\",\"kind\":\"VOLUNTARY_SECTOR\"}").object().get("id").toString();

        for (Who who : roles) {
            Set<Long> listedBodies = ids(api.call("GET", "/api/v1/bodies", who.token(), null));
            for (JsonObject body : bodyDetail.values()) {
                long id = body.getJsonNumber("id").longValue();
                boolean see = maySee(who, body);
                boolean manage = who.admin() || who.secretaryOf().contains(id);
                String name = "body " + body.getString("shortName");
                check(who, name, "view", see ? 200 : 404, api.call("GET", "/api/v1/bodies/" + id, who.token(), null));
                check(who, name, "list", see, listedBodies.contains(id));
                check(who, name, "edit", !see ? 404 : who.admin() ? 200 : 403,
                        api.call("PUT", "/api/v1/bodies/" + id, who.token(), bodyForm(body)));
                check(who, name, "delete", !see ? 404 : who.admin() ? 409 : 403,
                        api.call("DELETE", "/api/v1/bodies/" + id, who.token(), null));

                Api.Reply members = api.call("GET", "/api/v1/bodies/" + id + "/members", who.token(), null);
                check(who, name + " members", "list", see ? 200 : 404, members);
                Set<Long> listedSeats = members.status() == 200 ? ids(members, "membershipId") : Set.of();
                for (JsonObject seat : seatsOf.get(id)) {
                    long seatId = seat.getJsonNumber("membershipId").longValue();
                    String seatName = "seat " + seatId + " on " + body.getString("shortName");
                    check(who, seatName, "view", see, listedSeats.contains(seatId));
                    check(who, seatName, "edit", !see ? 404 : manage ? 200 : 403,
                            api.call("PUT", "/api/v1/memberships/" + seatId, who.token(), seatForm(seat)));
                    check(who, seatName, "delete", see ? 403 : 404,
                            api.call("DELETE", "/api/v1/memberships/" + seatId, who.token(), null));
                }
            }

            Set<Long> listedAgencies = ids(api.call("GET", "/api/v1/agencies", who.token(), null));
            for (JsonObject agency : agencies) {
                long id = agency.getJsonNumber("id").longValue();
                String name = "agency " + agency.getString("name");
                check(who, name, "view", 200, api.call("GET", "/api/v1/agencies/" + id, who.token(), null));
                check(who, name, "list", true, listedAgencies.contains(id));
                check(who, name, "edit", who.admin() ? 200 : 403, api.call("PUT", "/api/v1/agencies/" + id,
                        who.token(), Json.createObjectBuilder().add("name", agency.getString("name"))
                                .add("kind", agency.getString("kindCode"))
                                .add("version", agency.getJsonNumber("version")).build().toString()));
                boolean managesPeople = who.admin() || (who.agencyAdmin() && who.agencyId() == id);
                Api.Reply people = api.call("GET", "/api/v1/agencies/" + id + "/people", who.token(), null);
                check(who, name + " people", "list", managesPeople ? 200 : 404, people);
                for (JsonObject person : peopleOf.get(id)) {
                    long personId = person.getJsonNumber("id").longValue();
                    String personName = "person " + person.getString("username");
                    boolean self = who.personId() != null && who.personId() == personId;
                    boolean seePerson = self || managesPeople;
                    check(who, personName, "view", seePerson ? 200 : 404,
                            api.call("GET", "/api/v1/people/" + personId, who.token(), null));
                    check(who, personName, "edit", !seePerson ? 404 : managesPeople ? 200 : 403,
                            api.call("POST", "/api/v1/people/" + personId + "/" + (person.getBoolean("enabled")
                                    ? "enable" : "disable"), who.token(),
                                    "{\"version\":" + person.getJsonNumber("version") + "}"));
                    check(who, personName, "delete", seePerson ? 403 : 404,
                            api.call("DELETE", "/api/v1/people/" + personId, who.token(), null));
                }
            }
            if (!who.admin()) {
                check(who, "agency Matrix test agency", "delete", 403,
                        api.call("DELETE", "/api/v1/agencies/" + throwawayAgency, who.token(), null));
            }
            check(who, "audit trail", "list", who.admin() ? 200 : 403,
                    api.call("GET", "/api/v1/audit", who.token(), null));
            check(who, "audit chain", "view", who.admin() ? 200 : 403,
                    api.call("GET", "/api/v1/audit/verify", who.token(), null));
        }
        Who admin = roles.get(0);
        check(admin, "agency Matrix test agency", "delete", 204,
                api.call("DELETE", "/api/v1/agencies/" + throwawayAgency, adminToken, null));
        check(admin, "agency Cleveland Police (in use)", "delete", 409, api.call("DELETE", "/api/v1/agencies/"
                + agencies.stream().filter(a -> a.getString("name").equals("Cleveland Police")).findFirst()
                .orElseThrow().getJsonNumber("id"), adminToken, null));

        System.out.printf("Access matrix: %d cases checked (%d roles), %d leaks or refusals out of line%n",
                cases, roles.size(), mismatches.size());
        assertTrue(cases > 1000, "the matrix covers every role and record: " + cases);
        assertEquals(List.of(), mismatches);
    }

    private static boolean maySee(Who who, JsonObject body) {
        long id = body.getJsonNumber("id").longValue();
        String level = body.getString("accessLevelCode");
        if (who.admin() || level.equals("PUBLIC") || who.seats().contains(id)) {
            return true;
        }
        return level.equals("RESTRICTED") && who.agencyId() != null && body.getJsonArray("namedAgencyIds")
                .getValuesAs(JsonNumber.class).stream().anyMatch(n -> n.longValue() == who.agencyId());
    }

    private void check(Who who, String object, String op, int expected, Api.Reply actual) {
        cases++;
        if (actual.status() != expected) {
            mismatches.add(who.role() + " " + op + " " + object + ": expected " + expected + ", got "
                    + actual.status() + " " + actual.body());
        }
    }

    private void check(Who who, String object, String op, boolean expected, boolean actual) {
        cases++;
        if (expected != actual) {
            mismatches.add(who.role() + " " + op + " " + object + ": expected " + (expected ? "" : "not ")
                    + "to be listed");
        }
    }

    private static Set<Long> ids(Api.Reply reply) {
        return ids(reply, "id");
    }

    private static Set<Long> ids(Api.Reply reply, String field) {
        return reply.array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber(field).longValue()).collect(Collectors.toSet());
    }

    private static String bodyForm(JsonObject b) {
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("name", b.getString("name")).add("shortName", b.getString("shortName"))
                .add("kind", b.getString("kindCode")).add("accessLevel", b.getString("accessLevelCode"))
                .add("accessToInformation", b.getBoolean("accessToInformation"))
                .add("namedAgencyIds", b.getJsonArray("namedAgencyIds"))
                .add("version", b.getJsonNumber("version"));
        copy(b, form, "parentId");
        copy(b, form, "termsOfReference");
        copy(b, form, "meetingFrequency");
        copy(b, form, "quorum");
        return form.build().toString();
    }

    private static String seatForm(JsonObject s) {
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("personId", s.getJsonNumber("personId")).add("agencyId", s.getJsonNumber("agencyId"))
                .add("role", s.getString("roleCode")).add("voting", s.getBoolean("voting"))
                .add("startsOn", s.getString("startsOn")).add("version", s.getJsonNumber("version"));
        copy(s, form, "endsOn");
        return form.build().toString();
    }

    private static void copy(JsonObject from, JsonObjectBuilder to, String field) {
        JsonValue value = from.get(field);
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            to.add(field, value);
        }
    }
}
