package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Open data as civic-tech clients read it: the ModernGov-compatible web service answers every method for the demo's
 * public bodies in the recorded shapes of a real council's service (src/test/resources/moderngov: element by
 * element, with its counts, flags, dates and times), under both spellings of its path, with names of any case and
 * both date formats, and 304 to a repeated conditional request; the Atom feeds carry agendas, approved minutes and
 * decisions. A partnership body's meeting, an exempt item and draft minutes appear by no method and in no feed, even
 * to a caller who sends an administrator's token.
 */
class OpenDataIT extends PortalIT {

    /** Copies of ../shared/fixtures/moderngov (SOURCES.md says where they come from). */
    private static final Path FIXTURES = Path.of("src", "test", "resources", "moderngov");
    private static final String EXEMPT_TITLE = "Residential placement contract values by provider";
    private static final String PARTNERSHIP_TITLE = "Multi-agency case audit: neglect";
    private static final String DRAFT_WORDS = "The panel heard about respite capacity in draft";

    @Test
    void theServiceAnswersInModernGovsShapesAndOnlyThePublicRecord() throws Exception {
        String secretary = api.token("secretary");
        Map<String, Integer> bodies = api.bodyIds();
        Map<String, Long> people = api.personIds();
        int panel = bodies.get("CYPSC");

        // The panel's meeting: a public item with a paper, minuted and decided; an exempt item; approved minutes.
        int held = api.schedule(secretary, panel, "2022-03-07T18:00");
        int publicItem = api.addItem(secretary, held, "Sufficiency of children's homes in Middlesbrough", "PUBLIC");
        int exemptItem = addExempt(secretary, held);
        api.addItem(secretary, held, "Fostering recruitment: the year so far", "PUBLIC");
        long paper = Api.ok(api.call("POST", "/api/v1/agenda-items/" + publicItem + "/papers", secretary, Json
                .createObjectBuilder().add("reportOf", "Director of Children's Services").add("title",
                        "Sufficiency statement 2022").add("reportDate", "2022-02-25").build().toString())).object()
                .getJsonNumber("id").longValue();
        HttpResponse<String> file = api.raw(HttpRequest.newBuilder(URI.create(base + "api/v1/papers/" + paper
                        + "/attachments?name=sufficiency.pdf")).header("Authorization", "Bearer " + secretary)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(
                        AccessMatrixIT.pdfWith("Eleven children placed more than twenty miles from home."))).build());
        assertEquals(201, file.statusCode(), file.body());
        long attachment = Json.createReader(new java.io.StringReader(file.body())).readObject().getJsonNumber("id")
                .longValue();
        JsonObject m = api.publishAndHold(secretary, held, java.time.LocalDate.of(2022, 2, 25));
        attend(secretary, held, m.getInt("version"), people.get("m.ellis"));
        minute(secretary, publicItem, "<p>The Director presented the sufficiency statement.</p>");
        minute(secretary, exemptItem, "<p>Members discussed the contract values of each provider.</p>");
        Api.ok(api.call("POST", "/api/v1/agenda-items/" + publicItem + "/decisions", secretary,
                "{\"kind\":\"NOTED\",\"text\":\"That the sufficiency statement be noted.\"}"));
        m = Api.ok(api.get("/api/v1/meetings/" + held, secretary)).object();
        Api.Reply circulated = api.call("POST", "/api/v1/meetings/" + held + "/circulate", secretary,
                "{\"version\":" + m.getInt("version") + "}");
        Api.ok(circulated);
        int next = api.schedule(secretary, panel, "2022-04-11T18:00");
        JsonObject n = api.publishAndHold(secretary, next, java.time.LocalDate.of(2022, 4, 1));
        attend(secretary, next, n.getInt("version"), people.get("m.ellis"));
        m = Api.ok(api.get("/api/v1/meetings/" + held, secretary)).object();
        Api.ok(api.call("POST", "/api/v1/meetings/" + held + "/approve-minutes", secretary, "{\"version\":"
                + m.getInt("version") + ",\"atMeetingId\":" + next + ",\"movedBy\":" + people.get("m.ellis") + "}"));
        // The next meeting's minutes stay a draft.
        int draftItem = Api.ok(api.get("/api/v1/meetings/" + next, secretary)).object().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("accessLevelCode").equals("PUBLIC"))
                .findFirst().orElseThrow().getInt("id");
        minute(secretary, draftItem, "<p>" + DRAFT_WORDS + ".</p>");
        // A partnership body's meeting with a published agenda.
        int board = api.schedule(secretary, bodies.get("CTB"), "2022-03-08T10:00");
        api.addItem(secretary, board, PARTNERSHIP_TITLE, "PARTNERSHIP");
        api.publishAndHold(secretary, board, java.time.LocalDate.of(2022, 3, 1));

        String admin = api.token("admin");
        List<String> answers = new java.util.ArrayList<>();

        // GetCommittees: the public bodies only, in the recorded shape.
        String committees = xml("/mgWebService.asmx/GetCommittees", null);
        answers.add(committees);
        sameShape("GetCommittees.xml", committees);
        assertTrue(committees.contains("<committeeid>" + panel + "</committeeid>"), committees);
        assertFalse(committees.contains("<committeeid>" + bodies.get("CTB") + "</committeeid>"), "no partnership body");
        assertFalse(committees.contains("<committeeid>" + bodies.get("MACSIB") + "</committeeid>"));
        assertTrue(committees.matches("(?s).*<committeescount> \\d+</committeescount>.*"), "a count with its space");

        // Every public body of the demo: its meetings (no bounds) and members answer, in the recorded shape.
        java.util.regex.Matcher committeeIds = java.util.regex.Pattern.compile("<committeeid>(\\d+)</committeeid>")
                .matcher(committees);
        int publicBodies = 0;
        while (committeeIds.find()) {
            publicBodies++;
            String ofBody = xml("/mgWebService.asmx/GetMeetings?lCommitteeId=" + committeeIds.group(1)
                    + "&sFromDate=0&sToDate=0", null);
            sameShape("GetMeetings_lCommitteeId-144.xml", ofBody);
            answers.add(ofBody);
            answers.add(xml("/mgWebService.asmx/GetMembersByCommittee?lCommitteeId=" + committeeIds.group(1), null));
        }
        assertTrue(publicBodies >= 3, committees);
        for (String demoPublic : List.of("CYPSC", "OSB", "HWB")) {
            assertTrue(committees.contains("<committeeid>" + bodies.get(demoPublic) + "</committeeid>"),
                    "the demo's public body " + demoPublic);
        }

        // GetMeetings, both paths, names of any case, both date formats.
        String meetings = xml("/mgWebService.asmx/GetMeetings?lCommitteeId=" + panel
                + "&sFromDate=01/03/2022&sToDate=2022-04-30", null);
        answers.add(meetings);
        sameShape("GetMeetings_lCommitteeId-144.xml", meetings);
        assertTrue(meetings.contains("<meetingid>" + held + "</meetingid>") && meetings.contains("<meetingid>" + next
                + "</meetingid>"), meetings);
        assertTrue(meetings.contains("<meetingdate>07/03/2022</meetingdate>")
                && meetings.contains("<meetingtime>6.00 pm</meetingtime>"), meetings);
        assertTrue(meetings.contains("<meetingscount> 2</meetingscount>"), meetings);
        assertEquals(meetings, xml("/mgwebservice.asmx/getmeetings?lcommitteeid=" + panel
                + "&sfromdate=2022-03-01&stodate=30/04/2022", null), "the other spellings and date formats");
        assertEquals(404, status("/mgWebService.asmx/GetMeetings?lCommitteeId=" + bodies.get("CTB")),
                "a partnership body is no committee here");

        // GetMeeting: the approved record, without the exempt item.
        String meeting = xml("/mgWebService.asmx/GetMeeting?lMeetingId=" + held, admin);
        answers.add(meeting);
        sameShape("GetMeeting_lMeetingId-4967.xml", meeting);
        assertTrue(meeting.contains("<agendapublished>True</agendapublished>")
                && meeting.contains("<minutepublished>True</minutepublished>")
                && meeting.contains("<decisionpublished>True</decisionpublished>"), meeting);
        assertTrue(meeting.contains("Sufficiency of children's homes") && meeting.contains(
                "&lt;p&gt;The Director presented the sufficiency statement.&lt;/p&gt;"), "the minute as escaped HTML");
        assertTrue(meeting.contains("That the sufficiency statement be noted."), meeting);
        List<String> numbers = new java.util.ArrayList<>();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("<agendaitemnumber>(\\d+)</agendaitemnumber>")
                .matcher(meeting);
        while (number.find()) {
            numbers.add(number.group(1));
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).mapToObj(String::valueOf).toList(),
                numbers, "numbered without a gap where the exempt item stands");
        assertTrue(meeting.contains("Fostering recruitment"), "the item after the exempt one");
        assertTrue(meeting.contains("<attachmentid>" + attachment + "</attachmentid>")
                && meeting.contains("/files/attachment/" + attachment + "</url>"), meeting);
        assertTrue(meeting.contains("name=\"Councillor Mark Ellis\"") && meeting.contains("attendance=\"Present\""),
                "attendees' data in attributes");
        String draft = xml("/mgWebService.asmx/GetMeeting?lmeetingid=" + next, null);
        answers.add(draft);
        sameShape("GetMeeting_lMeetingId-4967.xml", draft);
        assertTrue(draft.contains("<minutepublished>False</minutepublished>"), "draft minutes are not published");
        int scheduled = api.schedule(secretary, panel, "2022-05-09T18:00");
        String upcoming = xml("/MGWEBSERVICE.ASMX/GETMEETING?LMEETINGID=" + scheduled, null);
        answers.add(upcoming);
        sameShape("GetMeeting_lMeetingId-4966.xml", upcoming);
        assertTrue(upcoming.contains("<agendapublished>False</agendapublished>") && upcoming.contains("attendance=\"Expected\""),
                "an agenda not yet out, and its members expected: " + upcoming);
        assertEquals(404, status("/mgWebService.asmx/GetMeeting?lMeetingId=" + board));

        // The rest of the methods.
        String all = xml("/mgWebService.asmx/GetAllMeetingsByDate?sFromDate=01/03/2022&sToDate=0", admin);
        String calendar = xml("/mgWebService.asmx/GetCalendarEvents?sFromDate=2022-03-01&sToDate=2022-04-30", null);
        String doc = xml("/mgWebService.asmx/GetAttachment?lAttachmentId=" + attachment, null);
        String members = xml("/mgWebService.asmx/GetMembersByCommittee?lCommitteeId=" + panel, null);
        answers.addAll(List.of(all, calendar, doc, members));
        assertTrue(all.contains("<meetingid>" + held + "</meetingid>") && calendar.contains("<meetingid>" + held
                + "</meetingid>"), all);
        assertTrue(doc.contains("<title>Sufficiency statement 2022</title>") && doc.contains("<meetingid>" + held), doc);
        assertTrue(members.contains("name=\"Councillor Mark Ellis\""), members);
        for (String answer : answers) {
            assertFalse(answer.contains(EXEMPT_TITLE) || answer.contains("Exempt item") || answer.contains("exempt"),
                    "no exempt item, nor its existence: " + answer);
            assertFalse(answer.contains(PARTNERSHIP_TITLE) || answer.contains("<meetingid>" + board + "</meetingid>"),
                    "no partnership body's meeting");
            assertFalse(answer.contains("respite capacity"), "no draft minute");
        }

        // Conditional GET, refusals that name the parameter.
        HttpResponse<String> first = get("/mgWebService.asmx/GetCommittees", null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/mgWebService.asmx/GetCommittees", null, etag).statusCode());
        assertEquals(304, get("/mgWebService.asmx/GetMeeting?lMeetingId=" + held, null,
                get("/mgWebService.asmx/GetMeeting?lMeetingId=" + held, null, null).headers().firstValue("ETag")
                        .orElseThrow()).statusCode());
        HttpResponse<String> bad = get("/mgWebService.asmx/GetMeeting?lMeetingId=abc", null, null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("lMeetingId must be a whole number"), bad.body());
        HttpResponse<String> badDate = get("/mgWebService.asmx/GetMeetings?lCommitteeId=" + panel + "&sFromDate=31/02",
                null, null);
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("sFromDate must be a date"), badDate.body());
        assertEquals(404, status("/mgWebService.asmx/GetEverything"));

        // Feeds: the portal's and the panel's; none for a partnership body; linked from the pages.
        String feed = get("/feeds/portal.atom", admin, null).body();
        assertTrue(feed.contains("Minutes approved: Children and Young People") && feed.contains("Agenda published:")
                && feed.contains("That the sufficiency statement be noted."), feed);
        String panelFeed = get("/feeds/body/" + panel + ".atom", null, null).body();
        assertTrue(panelFeed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), panelFeed);
        for (String f : List.of(feed, panelFeed)) {
            assertFalse(f.contains(EXEMPT_TITLE) || f.contains(PARTNERSHIP_TITLE) || f.contains("respite capacity")
                    || f.contains("contract values"), f);
        }
        assertEquals(404, status("/feeds/body/" + bodies.get("CTB") + ".atom"));
        String bodyPage = get("/body/view.xhtml?id=" + panel, null, null).body();
        assertTrue(bodyPage.contains("rel=\"alternate\"") && bodyPage.contains("/feeds/body/" + panel + ".atom"),
                "the body's page links its feed");
    }

    private int addExempt(String secretary, int meeting) throws Exception {
        int version = Api.ok(api.get("/api/v1/meetings/" + meeting, secretary)).object().getInt("version");
        return Api.ok(api.call("POST", "/api/v1/meetings/" + meeting + "/items", secretary, Json.createObjectBuilder()
                .add("title", EXEMPT_TITLE).add("purpose", "DECISION").add("accessLevel", "EXEMPT")
                .add("exemptParagraph", 3).add("publicTitle", "Contract matter")
                .add("version", version).build().toString())).object().getInt("id");
    }

    private void attend(String secretary, int meeting, int version, long person) throws Exception {
        Api.ok(api.call("PUT", "/api/v1/meetings/" + meeting + "/attendance", secretary, "{\"version\":" + version
                + ",\"entries\":[{\"personId\":" + person + ",\"kind\":\"PRESENT\"}]}"));
    }

    private void minute(String secretary, int item, String html) throws Exception {
        Api.ok(api.call("PUT", "/api/v1/agenda-items/" + item + "/minute", secretary, Json.createObjectBuilder()
                .add("html", html).add("revision", 0).build().toString()));
    }

    private HttpResponse<String> get(String path, String token, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return api.raw(request.build());
    }

    private int status(String path) throws Exception {
        return get(path, null, null).statusCode();
    }

    /** An answer that must be XML: 200, text/xml, UTF-8. */
    private String xml(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), path);
        assertTrue(response.body().startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), response.body());
        return response.body();
    }

    /**
     * Our answer has the recorded answer's root, and every element path (and attribute name) in it is one the
     * recorded answer has: no invented names, lower case as ModernGov writes them; the main paths of the record are
     * all there; flags are True/False and dates dd/mm/yyyy.
     */
    private static void sameShape(String fixture, String ours) throws Exception {
        Element recorded = parse(Files.readString(FIXTURES.resolve(fixture)));
        Element answer = parse(ours);
        assertEquals(recorded.getTagName(), answer.getTagName(), "the root element");
        Set<String> recordedPaths = paths(recorded, "");
        Set<String> ourPaths = paths(answer, "");
        Set<String> invented = new TreeSet<>(ourPaths);
        invented.removeAll(recordedPaths);
        assertEquals(Set.of(), invented, "paths the recorded " + fixture + " does not have");
        Set<String> missing = new TreeSet<>(recordedPaths);
        missing.removeAll(ourPaths);
        missing.removeIf(p -> p.contains("/url") || p.contains("photo") || p.contains("@membertype")
                || p.contains("@politicalparty") || p.contains("@ward") || p.contains("@keyposts")
                || p.contains("restrictionsRef") || p.contains("itemnum") || p.contains("decisiondate")
                || p.contains("authorusername") || p.contains("commentlabel") || p.contains("commenttext")
                || p.contains("preferreddate") || p.contains("agendaitems/agendaitem") && !ours.contains("<agendaitem>")
                || p.contains("linkeddocuments/linkeddoc") && !ours.contains("<linkeddoc>")
                || p.contains("attendees/attendee") && !ours.contains("<attendee ")
                || p.contains("committeemeetings/meeting") && !ours.contains("<meeting>"));
        assertEquals(Set.of(), missing, "paths of the recorded " + fixture + " missing from ours");
        for (String flag : List.of("committeedeleted", "committeeexpired", "iswebcast", "agendapublished",
                "minutepublished", "isrestricted", "isdisplayallowed")) {
            assertFalse(ours.matches("(?s).*<" + flag + ">(?!True<|False<).*"), flag + " is True or False");
        }
        assertFalse(ours.matches("(?s).*<meetingdate>(?!\\d\\d/\\d\\d/\\d{4}<).*"), "dates as dd/mm/yyyy");
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static Set<String> paths(Element element, String prefix) {
        Set<String> paths = new TreeSet<>();
        String here = prefix + "/" + element.getTagName();
        paths.add(here);
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            paths.add(here + "/@" + element.getAttributes().item(i).getNodeName());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                paths.addAll(paths(e, here));
            }
        }
        return paths;
    }
}
