package org.perfportal.assessment;

import java.util.Set;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;

/**
 * Who sees which results (考核结果的可见范围), for every kind in one place. DOMAIN §1: a result is
 * published to the vendor when it is approved, so a {@code vendor} or a {@code unit} sees only
 * approved, disputed and final results — a draft or submitted one does not exist for it (404, and
 * absent from lists). The roles that assess, approve, administer, audit or pay see every revision.
 */
public final class ResultVisibility {

    /** The roles that see results before they are published. */
    private static final Set<String> SEE_DRAFTS = Set.of(Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN, Role.AUDITOR,
            Role.FINANCE);

    private ResultVisibility() {
    }

    /** Whether {@code caller} may see a result in {@code status}. */
    public static boolean sees(VerifiedCaller caller, AssessmentStatus status) {
        return status.inForce() || SEE_DRAFTS.stream().anyMatch(caller::hasRole);
    }
}
