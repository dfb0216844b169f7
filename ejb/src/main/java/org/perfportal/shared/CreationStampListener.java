package org.perfportal.shared;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stamps a {@link CreationStamped} entity with the injected clock's time (UTC) as it is persisted.
 * The container injects the portal's {@link Clock}; persistence tests run the unit outside a
 * container, where nothing injects, and get the system clock.
 */
public class CreationStampListener {

    @Inject
    private Clock clock;

    @PrePersist
    void stamp(Object entity) {
        if (entity instanceof CreationStamped stamped) {
            stamped.stampCreation(OffsetDateTime.now(clock == null ? Clock.systemUTC() : clock).withOffsetSameInstant(ZoneOffset.UTC));
        }
    }
}
