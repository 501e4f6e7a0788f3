package uk.partnership.portal.body;

import java.io.Serializable;

/** A body as it appears in lists. */
public record BodySummary(long id, String name, String shortName, String kind, String accessLevel,
                          Long parentId, String parentName) implements Serializable {

    /** The parent is named only to those who may see it; to the others the body simply has none. */
    static BodySummary of(Body b, boolean parentVisible) {
        Body parent = parentVisible ? b.getParent() : null;
        return new BodySummary(b.getId(), b.getName(), b.getShortName(), b.getKind().label(),
                b.getAccessLevel().label(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName());
    }
}
