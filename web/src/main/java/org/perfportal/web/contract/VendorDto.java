package org.perfportal.web.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.perfportal.contract.Disclosure;
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

    /** The vendor as {@code disclosure} lets its caller see it (credit code and phone masked for most roles). */
    static VendorDto of(Vendor vendor, Disclosure disclosure) {
        return new VendorDto(vendor.id(), vendor.name(), disclosure.creditCode(vendor.creditCode()),
                PartyContactDto.of(disclosure.contact(vendor.contact())),
                vendor.version(), vendor.createdAt());
    }
}
