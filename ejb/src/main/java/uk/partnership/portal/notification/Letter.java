package uk.partnership.portal.notification;

import static uk.partnership.portal.paper.TaggedPdf.esc;

import java.util.List;

/**
 * A message as it is sent to one recipient: its subject, plain text, HTML, a calendar event if it carries one, and
 * the one-click link that stops its kind of message. It is assembled from one {@link Section} (a message sent at
 * once) or several (a digest), between a greeting and a footer saying why it came and how to stop it.
 */
public record Letter(String to, String subject, String text, String html, String calendar, String unsubscribe) {

    /** What one event says to one person: a subject, the same words in plain text and HTML, a calendar event. */
    public record Section(String subject, String text, String html, String calendar) {
    }

    /** Why the message came, the link that stops its kind, and the link to the choices page. */
    record Footer(String why, String stopLink, String choicesLink) {
    }

    static Letter single(String to, String name, Section section, Footer footer) {
        return assemble(to, section.subject(), name, section.text(), section.html(), section.calendar(), footer);
    }

    /** Many sections under one subject, each headed by its own; calendar events stay with the meetings' pages. */
    static Letter digest(String to, String name, String subject, String intro, List<Section> sections, Footer footer) {
        StringBuilder text = new StringBuilder(intro).append("\n");
        StringBuilder html = new StringBuilder("<p>").append(esc(intro)).append("</p>");
        int n = 0;
        for (Section s : sections) {
            n++;
            text.append("\n").append(n).append(". ").append(s.subject()).append("\n\n").append(s.text());
            html.append("<h2>").append(esc(s.subject())).append("</h2>").append(s.html());
        }
        return assemble(to, subject, name, text.toString(), html.toString(), null, footer);
    }

    private static Letter assemble(String to, String subject, String name, String text, String html,
                                   String calendar, Footer footer) {
        String greeting = name == null ? "Hello," : "Dear " + name + ",";
        boolean stoppable = footer.stopLink() != null;
        boolean choosable = footer.choicesLink() != null;
        String plain = greeting + "\n\n" + text + "\n--\n" + footer.why() + (stoppable ? "\nStop these messages: "
                + footer.stopLink() : "") + (choosable ? "\nChoose which bodies write to you: " + footer.choicesLink()
                : "") + "\n";
        String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + esc(subject)
                + "</title></head><body><p>" + esc(greeting) + "</p>" + html + "<hr><p>" + esc(footer.why())
                + "</p>" + (stoppable ? "<p><a href=\"" + esc(footer.stopLink()) + "\">Stop these messages</a>"
                + (choosable ? " · <a href=\"" + esc(footer.choicesLink()) + "\">Choose which bodies write to you</a>"
                : "") + "</p>" : "")
                + "<p>Partnership Governance Portal</p></body></html>";
        return new Letter(to, subject, plain, page, calendar, footer.stopLink());
    }
}
