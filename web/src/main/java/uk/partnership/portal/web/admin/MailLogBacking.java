package uk.partnership.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.notification.MailLog;
import uk.partnership.portal.web.support.PageActions;

/** The mail log page: the latest 200 messages the outbox owed, sent, kept waiting or dropped. */
@Named
@RequestScoped
public class MailLogBacking {

    @Inject
    MailLog log;

    private List<MailLog.Line> lines;

    public void load() {
        lines = PageActions.loadOrNotFound(() -> log.latest(200));
    }

    public List<MailLog.Line> getLines() {
        return lines;
    }
}
