package org.perfportal.web.contract;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.perfportal.contract.PartyDetails;

/** Contact person and phone of a vendor or unit, as the API carries them. */
public record PartyContactDto(
        @Size(max = 50) String person,
        @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]*", message = "digits, spaces, +, - and parentheses only") String phone) {

    static PartyContactDto of(PartyDetails details) {
        return new PartyContactDto(details.contactPerson(), details.contactPhone());
    }

    static PartyDetails toDetails(PartyContactDto dto) {
        return dto == null ? new PartyDetails(null, null) : new PartyDetails(dto.person(), dto.phone());
    }
}
