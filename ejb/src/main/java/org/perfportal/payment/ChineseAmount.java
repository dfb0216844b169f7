package org.perfportal.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Chinese capitals (中文大写金额), as contracts and payment forms print it:
 * 11625000.00 → 壹仟壹佰陆拾贰万伍仟元整.
 *
 * <p>Follows the writing rules of the PBOC 《支付结算办法》 (正确填写票据和结算凭证的基本规定):
 * digits are grouped by 万/亿; one 零 stands for any run of zeros inside the integer part
 * (1000001 → 壹佰万零壹元); an amount ending at 元 or 角 takes 整 (the rule makes 整 after 角
 * optional — we always write it, the safer choice against alteration); an amount ending at 分
 * takes no 整; a zero 角 before a non-zero 分 is written 零 (10.05 → 壹拾元零伍分); an amount
 * below one yuan starts at its first non-zero unit (0.05 → 伍分). The amount must carry at most
 * two decimals: rounding is the caller's last step, never silently done here.
 */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(4 * GROUPS.length);

    private ChineseAmount() {
    }

    /** Writes a non-negative amount of at most two decimals below 10^16 yuan in capitals. */
    public static String format(BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
        BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
        long yuan = fen.divideToIntegralValue(BigDecimal.valueOf(100)).longValueExact();
        int cents = fen.remainder(BigDecimal.valueOf(100)).intValueExact();
        int jiao = cents / 10;
        int fenDigit = cents % 10;

        if (yuan == 0 && cents == 0) {
            return "零元整";
        }
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integerPart(yuan)).append('元');
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (fenDigit > 0 && yuan > 0) {
            out.append('零');
        }
        if (fenDigit > 0) {
            out.append(DIGITS.charAt(fenDigit)).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    private static String integerPart(long yuan) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int group = GROUPS.length - 1; group >= 0; group--) {
            int value = (int) (yuan / pow10000(group) % 10000);
            if (value == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroPending || value < 1000)) {
                out.append('零');
            }
            out.append(groupDigits(value)).append(GROUPS[group]);
            zeroPending = false;
        }
        return out.toString();
    }

    private static String groupDigits(int value) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int position = 3; position >= 0; position--) {
            int digit = value / (int) Math.pow(10, position) % 10;
            if (digit == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (zeroPending) {
                out.append('零');
            }
            out.append(DIGITS.charAt(digit)).append(IN_GROUP[position]);
            zeroPending = false;
        }
        return out.toString();
    }

    private static long pow10000(int group) {
        long p = 1;
        for (int i = 0; i < group; i++) {
            p *= 10000;
        }
        return p;
    }
}
