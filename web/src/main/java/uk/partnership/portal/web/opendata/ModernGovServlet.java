package uk.partnership.portal.web.opendata;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.partnership.portal.opendata.PublicRecord;
import uk.partnership.portal.shared.Sha256;

/**
 * The public record in the shape of Civica ModernGov's {@code mgWebService.asmx}, so civic-tech clients written for
 * council committee sites read the portal unchanged: {@code GET /mgWebService.asmx/GetMeeting?lMeetingId=4967}.
 * Method and parameter names are matched without regard to case, dates are taken as dd/mm/yyyy or yyyy-mm-dd ("0"
 * meaning no bound), and every answer carries an ETag, so a repeated conditional request is answered 304. Read as a
 * member of the public whoever asks ({@link PublicRecord}); a bad or missing parameter is a 400 naming it.
 */
@WebServlet(urlPatterns = {"/mgWebService.asmx/*", "/mgwebservice.asmx/*", "/MGWEBSERVICE.ASMX/*"})
public class ModernGovServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Inject
    transient PublicRecord record;

    /** A method's answer, or a refusal: its status and message. */
    private record Answer(int status, byte[] xml, String message) {
        static Answer ok(Xml xml) {
            return new Answer(200, xml.finish(), null);
        }

        static Answer refused(int status, String message) {
            return new Answer(status, null, message);
        }
    }

    /** A parameter that is missing or malformed, named for the caller. */
    private static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, Function<HttpServletRequest, Answer>> methods = Map.of(
            "getcommittees", this::committees,
            "getmeetings", this::meetings,
            "getallmeetingsbydate", this::allMeetings,
            "getmeeting", this::meeting,
            "getcalendarevents", this::calendarEvents,
            "getattachment", this::attachment,
            "getmembersbycommittee", this::members);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Function<HttpServletRequest, Answer> method = methods.get(name.toLowerCase(Locale.ROOT));
        Answer answer;
        if (method == null) {
            answer = Answer.refused(404, "No such method: " + shortened(name) + ". The methods are GetCommittees, "
                    + "GetMeetings, GetAllMeetingsByDate, GetMeeting, GetCalendarEvents, GetAttachment and "
                    + "GetMembersByCommittee.");
        } else {
            try {
                answer = method.apply(request);
            } catch (BadParameter e) {
                answer = Answer.refused(400, e.getMessage());
            }
        }
        if (answer.xml() == null) {
            response.setStatus(answer.status());
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write(answer.message());
            return;
        }
        String etag = "\"" + Sha256.hex(answer.xml()).substring(0, 32) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/xml;charset=utf-8");
        response.setContentLength(answer.xml().length);
        response.getOutputStream().write(answer.xml());
    }

    private Answer committees(HttpServletRequest request) {
        List<PublicRecord.Committee> committees = record.committees();
        Xml xml = new Xml("committees").count("committeescount", committees.size());
        for (PublicRecord.Committee c : committees) {
            xml.open("committee").leaf("committeeid", c.id()).leaf("committeetitle", c.title())
                    .flag("committeedeleted", false).flag("committeeexpired", false)
                    .leaf("committeecategory", c.category()).close();
        }
        return Answer.ok(xml);
    }

    private Answer meetings(HttpServletRequest request) {
        long committee = id(request, "lCommitteeId");
        Optional<PublicRecord.CommitteeMeetings> found = record.meetings(committee,
                date(request, "sFromDate"), date(request, "sToDate"));
        if (found.isEmpty()) {
            return Answer.refused(404, "No public committee has the id " + committee + ".");
        }
        return Answer.ok(meetingLists("getmeetings", List.of(found.get())));
    }

    private Answer allMeetings(HttpServletRequest request) {
        return Answer.ok(meetingLists("getallmeetingsbydate",
                record.allMeetings(date(request, "sFromDate"), date(request, "sToDate"))));
    }

    private static Xml meetingLists(String root, List<PublicRecord.CommitteeMeetings> lists) {
        Xml xml = new Xml(root).count("meetingscount", lists.stream().mapToInt(l -> l.meetings().size()).sum())
                .count("committeescount", lists.size());
        for (PublicRecord.CommitteeMeetings list : lists) {
            xml.open("committee").leaf("committeeid", list.committee().id())
                    .leaf("committeetitle", list.committee().title())
                    .count("committeemeetingcount", list.meetings().size()).open("committeemeetings");
            for (PublicRecord.MeetingLine m : list.meetings()) {
                xml.open("meeting").leaf("meetingid", m.id()).leaf("meetingdate", ukDate(m.startsAt().toLocalDate()))
                        .leaf("meetingstatus", status(m)).leaf("meetingtime", time(m.startsAt()))
                        .flag("iswebcast", false).close();
            }
            xml.close().close();
        }
        return xml;
    }

    private Answer meeting(HttpServletRequest request) {
        long id = id(request, "lMeetingId");
        Optional<PublicRecord.MeetingRecord> found = record.meeting(id);
        if (found.isEmpty()) {
            return Answer.refused(404, "No public meeting has the id " + id + ".");
        }
        PublicRecord.MeetingRecord m = found.get();
        String date = ukDate(m.line().startsAt().toLocalDate());
        String time = time(m.line().startsAt());
        Xml xml = new Xml("meeting").leaf("meetingid", id).leaf("meetingdate", date)
                .leaf("meetingstatus", status(m.line())).flag("isdisplayallowed", true).leaf("meetingtime", time)
                .leaf("meetingactualstarttime", null).leaf("meetingplannedfinishtime", null)
                .leaf("meetingactualfinishtime", null).leaf("meetinglocation", m.location()).flag("iswebcast", false)
                .leaf("agendaid", id).flag("agendapublished", m.line().agendaPublished())
                .flag("decisionpublished", m.decisionsPublished()).flag("minutepublished", m.line().minutesPublished())
                .leaf("meetingroom", null).open("agendaitems");
        // Numbered among the public items only: a gap would tell of an item left out.
        int number = 0;
        for (PublicRecord.Item item : m.items()) {
            number++;
            xml.open("agendaitem").leaf("agendaitemid", item.id()).leaf("agendaitemtitle", item.title())
                    .leaf("agendatext", item.purpose()).leaf("actualmeetingdate", date)
                    .leaf("agendaitemnumber", number).leaf("agendaitemsubnumber", null)
                    .leaf("fulldisplaynumberformat", number + ".")
                    .leaf("minutesnonemptyhtmlbody", minuteWithDecisions(item))
                    .leaf("declarationcount", 0).flag("iscallin", false).flag("iscomment", false)
                    .flag("isdecision", !item.decisions().isEmpty())
                    .flag("isdecisionpublished", !item.decisions().isEmpty())
                    .flag("isminutepublished", item.minuteHtml() != null).flag("ispubliccanspeak", false)
                    .flag("isrestricted", false).flag("isdisplayallowed", true).leaf("meetingdate", date)
                    .leaf("meetingtime", time).leaf("minutesitemnumber", item.minuteHtml() == null ? null : number)
                    .leaf("minutesitemsubnumber", null)
                    .leaf("refertocommittee", m.line().committeeTitle()).open("linkeddocuments");
            for (PublicRecord.Document d : item.documents()) {
                xml.open("linkeddoc").leaf("attachmentid", d.attachmentId()).leaf("title", d.title())
                        .flag("isurl", false).leaf("url", fileUrl(request, d.attachmentId())).flag("isrestricted", false)
                        .leaf("publicationdate", d.publishedOn() == null ? null : ukDate(d.publishedOn()))
                        .leaf("meetingdate", date).leaf("committeetitle", m.line().committeeTitle())
                        .flag("isdecisionattachment", false).leaf("ownertitle", item.title()).close();
            }
            xml.close().close();
        }
        xml.close().open("attendees");
        for (PublicRecord.Attendee a : m.attendees()) {
            xml.open("attendee", "memberid", String.valueOf(a.personId()), "name", a.name(), "roledescription", a.role(),
                    "attendance", a.attendance()).close();
        }
        return Answer.ok(xml.close());
    }

    private Answer calendarEvents(HttpServletRequest request) {
        List<PublicRecord.CommitteeMeetings> lists = record.allMeetings(date(request, "sFromDate"),
                date(request, "sToDate"));
        int count = lists.stream().mapToInt(l -> l.meetings().size()).sum();
        Xml xml = new Xml("calendarevents").count("calendareventscount", count);
        for (PublicRecord.CommitteeMeetings list : lists) {
            for (PublicRecord.MeetingLine m : list.meetings()) {
                xml.open("calendarevent").leaf("eventid", m.id()).leaf("eventtitle", m.committeeTitle())
                        .leaf("eventdate", ukDate(m.startsAt().toLocalDate())).leaf("eventtime", time(m.startsAt()))
                        .leaf("eventstatus", status(m)).leaf("committeeid", m.committeeId())
                        .leaf("meetingid", m.id()).close();
            }
        }
        return Answer.ok(xml);
    }

    private Answer attachment(HttpServletRequest request) {
        long id = id(request, "lAttachmentId");
        Optional<PublicRecord.Attachment> found = record.attachment(id);
        if (found.isEmpty()) {
            return Answer.refused(404, "No public document has the id " + id + ".");
        }
        PublicRecord.Attachment a = found.get();
        return Answer.ok(new Xml("attachment").leaf("attachmentid", a.id()).leaf("title", a.title())
                .leaf("filename", a.fileName()).flag("isurl", false).leaf("url", fileUrl(request, a.id()))
                .flag("isrestricted", false)
                .leaf("publicationdate", a.publishedOn() == null ? null : ukDate(a.publishedOn()))
                .leaf("meetingid", a.meetingId()));
    }

    private Answer members(HttpServletRequest request) {
        long committee = id(request, "lCommitteeId");
        Optional<List<PublicRecord.Member>> found = record.members(committee);
        if (found.isEmpty()) {
            return Answer.refused(404, "No public committee has the id " + committee + ".");
        }
        List<PublicRecord.Member> members = found.get();
        Xml xml = new Xml("committeemembers").leaf("committeeid", committee).count("memberscount", members.size());
        for (PublicRecord.Member member : members) {
            xml.open("member", "memberid", String.valueOf(member.personId()), "name", member.name(),
                    "roledescription", member.role(), "organisation", member.agency()).close();
        }
        return Answer.ok(xml);
    }

    /** The file's address on this portal, as the client reached it. */
    private static String fileUrl(HttpServletRequest request, long attachmentId) {
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/files/attachment/" + attachmentId;
    }

    private static String minuteWithDecisions(PublicRecord.Item item) {
        if (item.minuteHtml() == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(item.minuteHtml());
        for (String decision : item.decisions()) {
            html.append("<p><strong>Resolved:</strong> ").append(decision.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
        }
        return html.toString();
    }

    private static String status(PublicRecord.MeetingLine m) {
        return m.cancelled() ? "Cancelled" : "Confirmed";
    }

    /** "10.00 am", "2.30 pm", as ModernGov writes times. */
    static String time(LocalDateTime at) {
        int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        return hour + "." + String.format("%02d", at.getMinute()) + (at.getHour() < 12 ? " am" : " pm");
    }

    static String ukDate(LocalDate date) {
        return date.format(UK_DATE);
    }

    /** A parameter by name, whatever its case: {@code lMeetingId} and {@code lmeetingid} alike. */
    private static String parameter(HttpServletRequest request, String name) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (p.getKey().equalsIgnoreCase(name) && p.getValue().length > 0) {
                return p.getValue()[0].strip();
            }
        }
        return null;
    }

    private static long id(HttpServletRequest request, String name) {
        String value = parameter(request, name);
        if (value == null || value.isEmpty()) {
            throw new BadParameter("Give " + name + ", a whole number (for example " + name + "=12).");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadParameter(name + " must be a whole number; it was \"" + shortened(value) + "\".");
        }
    }

    /** dd/mm/yyyy or yyyy-mm-dd; absent, empty or "0" is no bound. */
    static LocalDate date(HttpServletRequest request, String name) {
        String value = parameter(request, name);
        if (value == null || value.isEmpty() || value.equals("0")) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name + " must be a date as dd/mm/yyyy or yyyy-mm-dd (or 0 for no bound); it was \""
                    + shortened(value) + "\".");
        }
    }

    private static String shortened(String value) {
        String plain = value.replaceAll("[^\\p{Print}]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
