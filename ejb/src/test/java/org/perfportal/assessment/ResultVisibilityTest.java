package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;

/** DOMAIN §1: a result is published to the vendor (and the using units) when it is approved. */
class ResultVisibilityTest {

    private static final Set<AssessmentStatus> PUBLISHED = EnumSet.of(AssessmentStatus.APPROVED, AssessmentStatus.DISPUTED,
            AssessmentStatus.FINAL);

    @Test
    void vendorsAndUnitsSeeOnlyPublishedResults() {
        assertEquals(PUBLISHED, seenBy(Role.VENDOR));
        assertEquals(PUBLISHED, seenBy(Role.UNIT));
    }

    @Test
    void theAssessingAndSupervisingRolesSeeDrafts() {
        for (String role : Set.of(Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN, Role.AUDITOR, Role.FINANCE)) {
            assertEquals(EnumSet.allOf(AssessmentStatus.class), seenBy(role), role);
        }
    }

    @Test
    void aVendorWhoAlsoAssessesSeesDrafts() {
        VerifiedCaller both = new VerifiedCaller("r", "s", "u", Set.of(Role.VENDOR, Role.ASSESSOR), null);
        assertEquals(true, ResultVisibility.sees(both, AssessmentStatus.DRAFT));
    }

    private static Set<AssessmentStatus> seenBy(String role) {
        VerifiedCaller caller = new VerifiedCaller("tenant", "sub", role, Set.of(role), null);
        return Stream.of(AssessmentStatus.values()).filter(s -> ResultVisibility.sees(caller, s))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentStatus.class)));
    }
}
