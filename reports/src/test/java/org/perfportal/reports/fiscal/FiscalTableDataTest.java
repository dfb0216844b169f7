package org.perfportal.reports.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The 总分 row of the self-evaluation table (财政项目支出绩效自评表) prints the sum of all weights. */
class FiscalTableDataTest {

    @Test
    void totalWeightIsBudgetWeightPlusIndicatorWeights() {
        assertEquals(0, new BigDecimal("100").compareTo(GoldenFiscalTables.governmentCloud(false).totalWeight()));
    }
}
