package uk.partnership.portal.action;

import java.io.Serializable;
import java.util.List;

/** A page of actions and how many match in all. */
public record ActionPage(long total, int first, int size, List<ActionView> actions) implements Serializable {
}
