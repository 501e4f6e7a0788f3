package uk.partnership.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;

/** Sends a letter through the configured SMTP server: plain text and HTML as alternatives, and any calendar event. */
@ApplicationScoped
public class Mailer {

    @Inject
    MailSettings settings;

    void send(Letter letter) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties(), settings.user().isEmpty() ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
                    }
                });
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to()));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        if (letter.unsubscribe() != null) {
            // RFC 2369 and RFC 8058: mail programs offer "unsubscribe", which posts to the link, no sign-in needed.
            message.setHeader("List-Unsubscribe", "<" + letter.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(letter.html(), "text/html; charset=UTF-8");
        alternatives.addBodyPart(html);
        if (letter.calendar() != null) {
            MimeBodyPart event = new MimeBodyPart();
            event.setContent(letter.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
            alternatives.addBodyPart(event);
        }
        message.setContent(alternatives);
        message.saveChanges();
        Transport.send(message);
    }
}
