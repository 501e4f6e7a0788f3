package uk.partnership.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the test SMTP server (GreenMail) received, read as a person reads their mail: by subject and recipient. */
final class Inbox {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private Inbox() {
    }

    static List<MimeMessage> waitFor(String subjectPart, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<MimeMessage> found = arrived(subjectPart);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(500);
            found = arrived(subjectPart);
        }
        assertEquals(count, found.size(), "messages with \"" + subjectPart + "\"");
        return found;
    }

    static List<MimeMessage> arrived(String subjectPart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : GreenMailSession.received()) {
            if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                found.add(m);
            }
        }
        return found;
    }

    static Set<String> recipients(List<MimeMessage> messages) throws Exception {
        Set<String> to = new TreeSet<>();
        for (MimeMessage m : messages) {
            for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                to.add(a.toString());
            }
        }
        return to;
    }

    /** Subject and every part, decoded. */
    static String text(MimeMessage m) throws Exception {
        StringBuilder all = new StringBuilder(m.getSubject()).append('\n');
        Object content = m.getContent();
        if (content instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                Object body = part.getContent();
                all.append(body instanceof String s ? s : new String(part.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
        } else {
            all.append(content);
        }
        return all.toString();
    }

    /** The messages of the list addressed to one person. */
    static List<MimeMessage> to(List<MimeMessage> messages, String address) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : messages) {
            if (recipients(List.of(m)).contains(address)) {
                mine.add(m);
            }
        }
        return mine;
    }

    /** Waits for the one message with the subject addressed to the person (others may have had the same subject). */
    static MimeMessage waitForOne(String subjectPart, String address) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<MimeMessage> found = to(arrived(subjectPart), address);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            found = to(arrived(subjectPart), address);
        }
        assertEquals(1, found.size(), "messages with \"" + subjectPart + "\" to " + address);
        return found.get(0);
    }
}
