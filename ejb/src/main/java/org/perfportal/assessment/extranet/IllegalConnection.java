package org.perfportal.assessment.extranet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An illegal internet connection (违规接入互联网的外联行为) of an extranet device found on
 * inspection: the responsible unit (责任单位) loses its lease fee for the year (本年度网络租赁费用).
 *
 * @param id               record id
 * @param responsibleUnit  the using unit held responsible
 * @param foundOn          the day it was found
 * @param description      what was found
 */
public record IllegalConnection(String id, String responsibleUnit, LocalDate foundOn, String description) {

    public IllegalConnection {
        Records.requireText(id, "illegal connection id");
        Records.requireText(responsibleUnit, "responsible unit of illegal connection " + id);
        Objects.requireNonNull(foundOn, "day of illegal connection " + id);
        Records.requireText(description, "description of illegal connection " + id);
    }
}
