package uk.partnership.portal.audit;

import java.io.Serializable;

/** The result of re-computing the hash chain: how many rows were checked and the first one that fails. */
public record ChainVerification(long rowsChecked, boolean intact, Long firstBrokenId, String problem)
        implements Serializable {
}
