package uk.partnership.portal.body;

import java.io.Serializable;
import java.util.List;
import uk.partnership.portal.agency.Agency;

/** A body's own page: what it is, who it reports to, how it works and who may see it. */
public record BodyDetail(long id, long version, String name, String shortName, String kind, String kindCode,
                         String accessLevel, String accessLevelCode, Long parentId, String parentName,
                         String termsOfReference, String meetingFrequency, Integer quorum,
                         boolean accessToInformation, List<Long> namedAgencyIds, List<String> namedAgencies)
        implements Serializable {

    static BodyDetail of(Body b, boolean parentVisible) {
        Body parent = parentVisible ? b.getParent() : null;
        List<Agency> named = b.getNamedAgencies().stream()
                .sorted(java.util.Comparator.comparing(Agency::getName)).toList();
        return new BodyDetail(b.getId(), b.getVersion(), b.getName(), b.getShortName(), b.getKind().label(),
                b.getKind().name(), b.getAccessLevel().label(), b.getAccessLevel().name(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(),
                b.getTermsOfReference(), b.getMeetingFrequency(), b.getQuorum(), b.isAccessToInformation(),
                named.stream().map(Agency::getId).toList(), named.stream().map(Agency::getName).toList());
    }
}
