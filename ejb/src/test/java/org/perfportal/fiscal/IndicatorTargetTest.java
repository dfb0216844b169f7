package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.shared.InvalidFieldException;

class IndicatorTargetTest {

    /** Every distinct 年度指标值 of the four forms in seed 001 (corrected text). */
    private static final Set<String> SEED_TARGETS = Set.of("100%", "≥90%", "≥95%", "≥99.99%", "6项", "2套",
            "≥150", "完善", "核减上云项目运维费", "新建项目依托政务云建设，不再投入硬件设备", "制定政务云应用安全管理办法1项");

    @ParameterizedTest(name = "seed target {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            100%                                   | AT_LEAST | 100   | %
            ≥90%                                   | AT_LEAST | 90    | %
            ≥95%                                   | AT_LEAST | 95    | %
            ≥99.99%                                | AT_LEAST | 99.99 | %
            6项                                    | AT_LEAST | 6     | 项
            2套                                    | AT_LEAST | 2     | 套
            ≥150                                   | AT_LEAST | 150   | ''
            完善                                   | null     | null  | null
            核减上云项目运维费                     | null     | null  | null
            新建项目依托政务云建设，不再投入硬件设备 | null     | null  | null
            制定政务云应用安全管理办法1项          | null     | null  | null
            """)
    void readsEverySeedTarget(String text, TargetComparator comparator, BigDecimal value, String unit) {
        IndicatorTarget target = IndicatorTarget.read(text);

        assertEquals(text, target.text());
        assertEquals(comparator, target.comparator());
        assertEquals(value, target.value());
        assertEquals(unit, target.unit());
        assertEquals(value != null, target.isQuantitative());
    }

    @Test
    void theParameterizedListHoldsEveryTargetOfTheSeed() {
        Set<String> inSeed = ShanghaiSelfEvaluations2020.all().stream()
                .flatMap(s -> s.form().indicators().stream())
                .map(row -> row.target().text())
                .collect(Collectors.toSet());

        assertEquals(SEED_TARGETS, inSeed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤5天      | AT_MOST  | 5      | 天
            <=30分钟  | AT_MOST  | 30     | 分钟
            ≦2次      | AT_MOST  | 2      | 次
            =3个      | EQUAL    | 3      | 个
            ＝12次    | EQUAL    | 12     | 次
            ≥100万元  | AT_LEAST | 100    | 万元
            >=98.5%   | AT_LEAST | 98.5   | %
            ≧80％     | AT_LEAST | 80     | %
            ' ≥ 90 %' | AT_LEAST | 90     | %
            """)
    void readsSignsAndUnitsBeyondTheSeed(String text, TargetComparator comparator, BigDecimal value, String unit) {
        IndicatorTarget target = IndicatorTarget.read(text);

        assertEquals(comparator, target.comparator());
        assertEquals(value, target.value());
        assertEquals(unit, target.unit());
    }

    @Test
    void declaredQuantitativeTargetThatIsTextNamesTheField() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> IndicatorTarget.quantitative("indicators[3].target", "完善"));

        assertEquals("indicators[3].target", e.field());
    }

    @Test
    void declaredQuantitativeTargetThatParsesIsKept() {
        assertEquals(new BigDecimal("99.99"), IndicatorTarget.quantitative("target", "≥99.99%").value());
    }

    @Test
    void measuresAnActualInTheTargetsUnitOnly() {
        IndicatorTarget percent = IndicatorTarget.read("≥90%");

        assertEquals(Optional.of(new BigDecimal("80")), percent.measure("80%"));
        // "≥90%" written as an actual claims at least 90%, read as 90.
        assertEquals(Optional.of(new BigDecimal("90")), percent.measure("≥90%"));
        assertEquals(Optional.empty(), percent.measure("基本完成"));
        assertEquals(Optional.empty(), percent.measure("6项"));
        assertEquals(Optional.empty(), IndicatorTarget.read("完善").measure("100%"));
    }

    @Test
    void qualitativeTargetHasNoNumber() {
        IndicatorTarget target = IndicatorTarget.read("完善");

        assertFalse(target.isQuantitative());
        assertNull(target.comparator());
        assertTrue(target.measure("完善").isEmpty());
    }
}
