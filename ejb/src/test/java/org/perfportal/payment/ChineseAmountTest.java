package org.perfportal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // golden values, DOMAIN §2
            "11625000.00, 壹仟壹佰陆拾贰万伍仟元整",
            "2906250.00, 贰佰玖拾万陆仟贰佰伍拾元整",
            "968750.00, 玖拾陆万捌仟柒佰伍拾元整",
            // fractions: 分 ending takes no 整, 角 ending takes 整, zero 角 before 分 is 零
            "0.05, 伍分",
            "0.50, 伍角整",
            "0.55, 伍角伍分",
            "10.50, 壹拾元伍角整",
            "10.05, 壹拾元零伍分",
            "10.55, 壹拾元伍角伍分",
            "0.00, 零元整",
            "1.00, 壹元整",
            "10.00, 壹拾元整",
            // zeros inside the integer part: one 零 per run, none at a group end
            "100000.00, 壹拾万元整",
            "1000001.00, 壹佰万零壹元整",
            "1001.00, 壹仟零壹元整",
            "1010.00, 壹仟零壹拾元整",
            "10010.00, 壹万零壹拾元整",
            "100100.00, 壹拾万零壹佰元整",
            "105000.00, 壹拾万伍仟元整",
            "100000000.00, 壹亿元整",
            "100001000.00, 壹亿零壹仟元整",
            "110000000.00, 壹亿壹仟万元整",
            "123456789.12, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
            "20000.00, 贰万元整",
            "1000000000001.00, 壹万亿零壹元整",
    })
    void writesCapitals(String amount, String expected) {
        assertEquals(expected, ChineseAmount.format(new BigDecimal(amount)));
    }

    @Test
    void refusesNegativeAndSubFenAmounts() {
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.format(new BigDecimal("-1.00")));
        assertThrows(ArithmeticException.class, () -> ChineseAmount.format(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.format(new BigDecimal("1E16")));
    }
}
