package org.perfportal.web.fiscal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.perfportal.fiscal.IndicatorCategory;
import org.perfportal.fiscal.IndicatorEntry;
import org.perfportal.fiscal.LinkedFigure;
import org.perfportal.fiscal.QualitativeBand;

/**
 * A performance indicator row (绩效指标) as the API carries it: 一级/二级/三级指标, 年度指标值
 * ({@code quantitative} when the unit declares it 定量), 实际完成值, 分值, 得分, the override reason
 * (调整理由), 偏差原因分析及改进措施, the {@code band} picked for a qualitative row (定性指标档次)
 * and the {@code link} to a figure of the portal's records that fills {@code actual}.
 * {@code linkSource} (数据来源) is read-only: where a linked actual came from. Blank optional
 * texts are read as "".
 */
public record IndicatorDto(
        @NotNull IndicatorCategory category,
        @NotBlank @Size(max = 100) String level2,
        String level3,
        @NotBlank String target,
        boolean quantitative,
        @NotNull String actual,
        @NotNull @Digits(integer = 3, fraction = 2) BigDecimal weight,
        @NotNull @Digits(integer = 3, fraction = 2) BigDecimal score,
        String overrideReason,
        String deviation,
        QualitativeBand band,
        LinkedFigure link,
        String linkSource) {

    static IndicatorDto of(IndicatorEntry entry) {
        return new IndicatorDto(entry.category(), entry.level2(), entry.level3(), entry.target(), entry.quantitative(),
                entry.actual(), entry.weight(), entry.score(), entry.overrideReason(), entry.deviation(), entry.band(),
                entry.link(), entry.linkSource());
    }

    IndicatorEntry toEntry() {
        return new IndicatorEntry(category, level2.strip(), level3 == null ? "" : level3.strip(), target, quantitative,
                actual, weight, score, overrideReason, deviation == null ? "" : deviation, band, link, null);
    }
}
