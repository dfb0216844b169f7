package org.perfportal.fiscal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fiscal project expenditure performance self-evaluation form (财政项目支出绩效自评表): one
 * project and year, its competent department (主管部门) and implementing unit (实施单位), its
 * funds and its indicator rows. A form entered in the portal has no recorded figures; an
 * imported (filed) form carries the figures printed on it, to be checked against its data.
 *
 * @param projectName         项目名称
 * @param competentDepartment 主管部门
 * @param implementingUnit    实施单位
 * @param year                评价年度
 * @param funds               项目资金
 * @param indicators          绩效指标, in printed order
 * @param recorded            figures printed on an imported form; {@code null} for a form entered here
 */
public record SelfEvaluationForm(String projectName, String competentDepartment, String implementingUnit,
        int year, ProjectFunds funds, List<IndicatorRow> indicators, RecordedFigures recorded) {

    public SelfEvaluationForm {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(competentDepartment, "competentDepartment");
        Objects.requireNonNull(implementingUnit, "implementingUnit");
        Objects.requireNonNull(funds, "funds");
        indicators = List.copyOf(indicators);
    }

    public Optional<RecordedFigures> recordedFigures() {
        return Optional.ofNullable(recorded);
    }
}
