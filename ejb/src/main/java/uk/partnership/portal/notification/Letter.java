package uk.partnership.portal.notification;

/** A message written for one recipient: its subject, plain text, HTML, and a calendar event if it carries one. */
public record Letter(String to, String subject, String text, String html, String calendar) {
}
