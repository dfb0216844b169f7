package org.perfportal.web.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A platform operator's request to onboard an agency: its id and name, the realm (defaults to
 * the id), the assessment kinds to enable (e.g. {@code ["om-monthly"]}) and its first administrator.
 */
public record NewTenantDto(@NotBlank @Size(max = 40) String id, @NotBlank @Size(max = 200) String displayName,
                           @Size(max = 80) String realm, List<String> kinds, @NotNull @Valid AdminDto admin) {

    /** The first {@code tenant-admin} user; the portal generates the temporary password. */
    public record AdminDto(@Size(max = 100) String username, @NotBlank @Email @Size(max = 200) String email,
                           @NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName) {
    }
}
