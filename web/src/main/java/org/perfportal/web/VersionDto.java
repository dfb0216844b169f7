package org.perfportal.web;

import jakarta.validation.constraints.NotNull;

/**
 * The version of a record as the caller read it (乐观锁版本), sent with every state change
 * (publish, submit, approve…) so that a change based on a stale read is refused with 409.
 */
public record VersionDto(@NotNull Long version) {
}
