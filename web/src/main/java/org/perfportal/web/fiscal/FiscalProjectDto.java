package org.perfportal.web.fiscal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.perfportal.fiscal.FiscalProject;

/**
 * A fiscal project (财政项目) as the API reads and writes it: name, year (评价年度), competent
 * department (主管部门), implementing unit (实施单位). {@code id}, {@code version} and
 * {@code createdAt} are ignored on input.
 */
public record FiscalProjectDto(
        Long id,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String competentDepartment,
        @NotBlank @Size(max = 200) String implementingUnit,
        Long version,
        OffsetDateTime createdAt) {

    static FiscalProjectDto of(FiscalProject project) {
        return new FiscalProjectDto(project.id(), project.name(), project.year(), project.competentDepartment(),
                project.implementingUnit(), project.version(), project.createdAt());
    }
}
