package org.perfportal.shared;

import java.time.OffsetDateTime;

/**
 * An entity that keeps when it was entered (录入时间). {@link CreationStampListener} stamps it from
 * the portal's clock when it is first persisted, so that the entity needs no clock of its own and
 * every stamp agrees with the clock the rules read.
 */
public interface CreationStamped {

    /** Sets the entry time once; a stamp already set is kept. */
    void stampCreation(OffsetDateTime at);
}
