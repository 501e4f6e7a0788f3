package uk.partnership.portal.agency;

import java.io.Serializable;

/** An agency as anyone may see it: organisations on the partnership are public knowledge. */
public record AgencyView(long id, long version, String name, String kind, String kindCode) implements Serializable {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.getId(), a.getVersion(), a.getName(), a.getKind().label(), a.getKind().name());
    }
}
