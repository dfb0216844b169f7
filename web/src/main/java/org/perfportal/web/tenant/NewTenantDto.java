package org.perfportal.web.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A platform operator's request to register an agency; the realm defaults to the id. */
public record NewTenantDto(@NotBlank @Size(max = 40) String id, @NotBlank @Size(max = 200) String displayName,
                           @Size(max = 80) String realm) {
}
