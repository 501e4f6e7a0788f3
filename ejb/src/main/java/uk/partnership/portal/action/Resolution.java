package uk.partnership.portal.action;

import java.io.Serializable;
import java.time.LocalDate;

/** A body's resolution as an action shows it: the one it carries out, or the one that closed it. */
public interface Resolution extends Serializable {

    long id();

    long meetingId();

    String bodyName();

    LocalDate meetingDate();

    String kind();

    String kindLabel();

    String text();
}
