package org.perfportal.web.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.perfportal.contract.Disclosure;
import org.perfportal.contract.UnitKind;
import org.perfportal.contract.UsingUnit;

/**
 * A using unit as the API reads and writes it; {@code kind} defaults to a department.
 * {@code version} must be sent back unchanged on update (optimistic locking).
 */
public record UsingUnitDto(
        Long id,
        @NotBlank @Size(max = 200) String name,
        UnitKind kind,
        @Valid PartyContactDto contact,
        Long version,
        OffsetDateTime createdAt) {

    /** The unit as {@code disclosure} lets its caller see it (the phone masked for most roles). */
    static UsingUnitDto of(UsingUnit unit, Disclosure disclosure) {
        return new UsingUnitDto(unit.id(), unit.name(), unit.kind(), PartyContactDto.of(disclosure.contact(unit.contact())),
                unit.version(), unit.createdAt());
    }

    UnitKind kindOrDefault() {
        return kind == null ? UnitKind.DEPARTMENT : kind;
    }
}
