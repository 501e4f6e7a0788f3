package uk.partnership.portal.body;

import java.io.Serializable;

/** A body's own page: what it is, who it reports to, and how it works. */
public record BodyDetail(long id, String name, String shortName, String kind, String accessLevel,
                         Long parentId, String parentName, String termsOfReference, String meetingFrequency,
                         Integer quorum, boolean accessToInformation) implements Serializable {

    static BodyDetail of(Body b, boolean parentVisible) {
        Body parent = parentVisible ? b.getParent() : null;
        return new BodyDetail(b.getId(), b.getName(), b.getShortName(), b.getKind().label(),
                b.getAccessLevel().label(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), b.getTermsOfReference(), b.getMeetingFrequency(),
                b.getQuorum(), b.isAccessToInformation());
    }
}
