package uk.partnership.portal.web.opendata;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.partnership.portal.opendata.PublicRecord;
import uk.partnership.portal.shared.Sha256;

/**
 * Atom feeds of the public record: {@code /feeds/portal.atom} for every public body and
 * {@code /feeds/body/{id}.atom} for one — agendas published, minutes approved and the decisions they record. Read
 * as a member of the public; conditional GET by ETag.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern BODY = Pattern.compile("/body/(\\d{1,18})\\.atom");
    private static final int MEETINGS_READ = 40;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    transient PublicRecord record;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Long bodyId = null;
        String title = "Partnership Governance Portal: the public record";
        if (!path.equals("/portal.atom")) {
            Matcher body = BODY.matcher(path);
            Optional<PublicRecord.Committee> committee = body.matches() ? record.committees().stream()
                    .filter(c -> c.id() == Long.parseLong(body.group(1))).findFirst() : Optional.empty();
            if (committee.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("text/plain;charset=utf-8");
                response.getWriter().write("No such feed. The feeds are /feeds/portal.atom and /feeds/body/{id}.atom "
                        + "for a public body.");
                return;
            }
            bodyId = committee.get().id();
            title = committee.get().title() + ": the public record";
        }
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        byte[] atom = write(base, base + "/feeds" + path, title, record.feed(bodyId, MEETINGS_READ));
        String etag = "\"" + Sha256.hex(atom).substring(0, 32) + "\"";
        response.setHeader("ETag", etag);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/atom+xml;charset=utf-8");
        response.setContentLength(atom.length);
        response.getOutputStream().write(atom);
    }

    private static byte[] write(String base, String self, String title, List<PublicRecord.FeedEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = XMLOutputFactory.newInstance().createXMLStreamWriter(bytes, "utf-8");
            out.writeStartDocument("utf-8", "1.0");
            out.writeStartElement("feed");
            out.writeDefaultNamespace(ATOM);
            element(out, "id", self);
            element(out, "title", title);
            element(out, "updated", entries.isEmpty() ? "2000-01-01T00:00:00Z" : instant(entries.get(0)));
            link(out, "self", self, "application/atom+xml");
            link(out, "alternate", base + "/", "text/html");
            out.writeStartElement("author");
            element(out, "name", "Partnership Governance Portal");
            out.writeEndElement();
            for (PublicRecord.FeedEntry e : entries) {
                out.writeStartElement("entry");
                element(out, "id", base + "/feeds/" + e.key());
                element(out, "title", e.title());
                element(out, "updated", instant(e));
                out.writeStartElement("category");
                out.writeAttribute("term", e.kind());
                out.writeEndElement();
                link(out, "alternate", base + "/meeting/view.xhtml?id=" + e.meetingId(), "text/html");
                element(out, "summary", e.summary());
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return bytes.toByteArray();
    }

    private static String instant(PublicRecord.FeedEntry e) {
        return e.on().atStartOfDay(LONDON).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static void link(XMLStreamWriter out, String rel, String href, String type) throws XMLStreamException {
        out.writeStartElement("link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("href", href);
        out.writeAttribute("type", type);
        out.writeEndElement();
    }
}
