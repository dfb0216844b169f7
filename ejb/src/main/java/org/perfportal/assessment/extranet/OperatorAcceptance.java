package org.perfportal.assessment.extranet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The operator's acceptance of a version's deduction rules (扣款准则协议), 四、(二): 「在制定扣款准则之前，
 * 需要与甲方进行充分沟通和协商，确保双方对于扣款准则有共识，并签订相关协议」. Kept in the version's document,
 * so the published version carries who signed, when and which agreement, and can never lose it.
 *
 * @param acceptedBy who signed for the operator (e.g. 中国电信鄂托克旗分公司 张伟)
 * @param acceptedOn the day the agreement was signed
 * @param document   the agreement's reference (e.g. 扣款准则协议 OTG-XY-2026-01)
 */
public record OperatorAcceptance(String acceptedBy, LocalDate acceptedOn, String document) {

    public OperatorAcceptance {
        Records.requireText(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Records.requireText(document, "document");
    }
}
