package org.perfportal.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount as payment documents print it (金额): in figures, to the fen, and in Chinese capitals
 * (大写), e.g. 2906250.00 / 贰佰玖拾万陆仟贰佰伍拾元整. Carrying both together means no view can
 * print one without the other, or print capitals of a different figure.
 *
 * @param value    yuan, scale 2
 * @param capitals the same amount in Chinese capitals ({@link ChineseAmount})
 */
public record Amount(BigDecimal value, String capitals) {

    /** The amount rounded HALF_UP to the fen (the last step) with its capitals. */
    public static Amount of(BigDecimal yuan) {
        BigDecimal fen = yuan.setScale(2, RoundingMode.HALF_UP);
        return new Amount(fen, ChineseAmount.format(fen));
    }
}
