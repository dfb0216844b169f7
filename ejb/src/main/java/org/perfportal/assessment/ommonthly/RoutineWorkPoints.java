package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;

/**
 * Points of routine work (日常工作考核标准, 附件4.2 2). Visits and inspections count per unit;
 * backups and scans count per system and are averaged over the unit's systems
 * (取各系统得分平均值).
 *
 * @param visit           points for at least one visit in the month (回访一次及以上得 8 分)
 * @param inspectionEach  points per inspection (开展一次得 2 分)
 * @param inspectionMax   cap of inspection points
 * @param backupEach      points per backup of one system (备份 1 次得 1 分)
 * @param backupMax       cap of backup points per system
 * @param scan            points for at least one scan of one system (扫描一次及以上得 10 分)
 */
public record RoutineWorkPoints(BigDecimal visit, BigDecimal inspectionEach, BigDecimal inspectionMax,
                                BigDecimal backupEach, BigDecimal backupMax, BigDecimal scan) {
}
