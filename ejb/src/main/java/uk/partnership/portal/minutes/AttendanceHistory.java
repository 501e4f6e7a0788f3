package uk.partnership.portal.minutes;

import java.io.Serializable;
import java.util.List;

/**
 * How often members and agencies attended a body's meetings. An agency counts as present when one of its members
 * attended or a substitute stood in for one of them; a person counts only when they came themselves.
 */
public record AttendanceHistory(int meetings, List<Rate> people, List<Rate> agencies) implements Serializable {

    public record Rate(String name, int expected, int present, int percent) implements Serializable {
    }
}
