package org.perfportal.assessment.extranet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An illegal internet connection (违规接入互联网的外联行为) of an extranet device found on
 * inspection: 「对责任单位（或责任人）按规扣除本年度网络租赁费用」 — the responsible unit's lease for the
 * year (本年度网络租赁费用), charged to the party the assessor names.
 *
 * @param id               record id
 * @param responsibleUnit  the using unit whose lines set the amount
 * @param foundOn          the day it was found
 * @param description      what was found
 * @param chargedParty     who is charged: the operator (from its final payment) or the responsible unit
 */
public record IllegalConnection(String id, String responsibleUnit, LocalDate foundOn, String description,
                                ChargedParty chargedParty) {

    public IllegalConnection {
        Records.requireText(id, "illegal connection id");
        Records.requireText(responsibleUnit, "responsible unit of illegal connection " + id);
        Objects.requireNonNull(foundOn, "day of illegal connection " + id);
        Records.requireText(description, "description of illegal connection " + id);
        Objects.requireNonNull(chargedParty, "charged party of illegal connection " + id);
    }
}
