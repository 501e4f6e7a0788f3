package uk.partnership.portal.notification;

/**
 * A message written for one recipient: its subject, plain text, HTML, a calendar event if it carries one, and the
 * one-click link that stops its kind of message.
 */
public record Letter(String to, String subject, String text, String html, String calendar, String unsubscribe) {

    /** The same letter with its footer (why it came, how to stop it) and its unsubscribe link. */
    Letter withFooter(String why, String stopLink, String choicesLink) {
        String text = this.text + "\n--\n" + why + "\nStop these messages: " + stopLink
                + "\nChoose which bodies write to you: " + choicesLink + "\n";
        String footer = "<hr><p>" + uk.partnership.portal.paper.TaggedPdf.esc(why) + "</p><p><a href=\""
                + uk.partnership.portal.paper.TaggedPdf.esc(stopLink) + "\">Stop these messages</a> · <a href=\""
                + uk.partnership.portal.paper.TaggedPdf.esc(choicesLink) + "\">Choose which bodies write to you</a></p>";
        return new Letter(to, subject, text, html.replace("</body>", footer + "</body>"), calendar, stopLink);
    }
}
