package uk.partnership.portal.account;

import java.io.Serializable;
import java.util.List;

/** An agency's provider as the administrator's page and the API show it (never a secret). */
public record ProviderView(long id, long version, long agencyId, String issuer, String clientId,
                           List<String> emailDomains, boolean secretConfigured) implements Serializable {
}
