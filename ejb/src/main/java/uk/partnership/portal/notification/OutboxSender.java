package uk.partnership.portal.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds (portal.mail.interval-seconds), delivers what the outbox owes, a batch at a time, while mail is
 * enabled. Each node runs its own; the row locks of {@link OutboxBatch} keep them from sending one message twice.
 */
@Singleton
@Startup
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @EJB
    OutboxBatch batch;

    @PostConstruct
    void start() {
        if (settings.enabled()) {
            long every = settings.intervalSeconds() * 1000L;
            timers.createIntervalTimer(every, every, new TimerConfig("outbox", false));
            LOG.info(() -> "Mail notifications on: every " + settings.intervalSeconds() + " s through "
                    + settings.sessionProperties().getProperty("mail.smtp.host") + ":"
                    + settings.sessionProperties().getProperty("mail.smtp.port"));
        }
    }

    @Timeout
    void deliver() {
        try {
            while (batch.sendDue() == OutboxBatch.SIZE) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not be read; the next round tries again", e);
        }
    }
}
