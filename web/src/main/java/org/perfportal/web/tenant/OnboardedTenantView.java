package org.perfportal.web.tenant;

import java.util.List;
import org.perfportal.tenant.TenantOnboarding;

/**
 * The answer to an onboarding, shown once: the tenant, its first administrator with the temporary
 * password (to be handed over and changed at first sign-in; the portal keeps no copy) and the
 * template schemes it was given.
 */
public record OnboardedTenantView(TenantView tenant, Admin admin, List<GivenScheme> schemes) {

    /** The first administrator's sign-in. */
    public record Admin(String username, String temporaryPassword) {
    }

    /** A published template scheme the tenant admin copies into its own versions. */
    public record GivenScheme(long id, String kind, String versionLabel) {
    }

    static OnboardedTenantView of(TenantOnboarding.Onboarded onboarded) {
        return new OnboardedTenantView(TenantView.of(onboarded.tenant()),
                new Admin(onboarded.adminUsername(), onboarded.temporaryPassword()),
                onboarded.schemes().stream().map(s -> new GivenScheme(s.id(), s.kind(), s.versionLabel())).toList());
    }
}
