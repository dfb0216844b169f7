package org.perfportal.web.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.perfportal.contract.Vendor;

/**
 * A vendor as the API reads and writes it. {@code id}, {@code createdAt} are ignored on input;
 * {@code version} must be sent back unchanged on update (optimistic locking).
 */
public record VendorDto(
        Long id,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "an 18-character unified social credit code") String creditCode,
        @Valid PartyContactDto contact,
        Long version,
        OffsetDateTime createdAt) {

    static VendorDto of(Vendor vendor) {
        return new VendorDto(vendor.id(), vendor.name(), vendor.creditCode(), PartyContactDto.of(vendor.contact()),
                vendor.version(), vendor.createdAt());
    }
}
