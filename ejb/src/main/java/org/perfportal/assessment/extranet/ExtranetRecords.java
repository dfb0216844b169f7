package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The records an Otog Banner assessment reads (考核记录): the lines and everything that happened
 * to them. Checked as a whole: record ids are unique across kinds (an exemption names a record
 * by id alone), faults and relocations name known lines, exemptions name known records.
 */
public record ExtranetRecords(
        List<ExtranetLine> lines,
        List<LineFault> faults,
        List<BackboneFailure> backboneFailures,
        List<LineRelocation> relocations,
        List<ReportSubmission> reports,
        List<IllegalConnection> illegalConnections,
        List<AdHocFinding> adHocFindings,
        List<ForceMajeureExemption> exemptions) {

    public ExtranetRecords {
        lines = List.copyOf(lines);
        faults = List.copyOf(faults);
        backboneFailures = List.copyOf(backboneFailures);
        relocations = List.copyOf(relocations);
        reports = List.copyOf(reports);
        illegalConnections = List.copyOf(illegalConnections);
        adHocFindings = List.copyOf(adHocFindings);
        exemptions = List.copyOf(exemptions);

        Set<String> lineIds = uniqueIds(lines.stream().map(ExtranetLine::id));
        Set<String> recordIds = uniqueIds(Stream.of(
                faults.stream().map(LineFault::id),
                backboneFailures.stream().map(BackboneFailure::id),
                relocations.stream().map(LineRelocation::id),
                reports.stream().map(ReportSubmission::id),
                illegalConnections.stream().map(IllegalConnection::id),
                adHocFindings.stream().map(AdHocFinding::id)).flatMap(s -> s));
        Stream.concat(faults.stream().map(LineFault::lineId), relocations.stream().map(LineRelocation::lineId))
                .filter(id -> !lineIds.contains(id))
                .findFirst()
                .ifPresent(id -> {
                    throw new IllegalArgumentException("unknown line " + id);
                });
        Set<String> exempted = new HashSet<>();
        for (ForceMajeureExemption exemption : exemptions) {
            if (!recordIds.contains(exemption.recordId())) {
                throw new IllegalArgumentException("exemption for unknown record " + exemption.recordId());
            }
            if (!exempted.add(exemption.recordId())) {
                throw new IllegalArgumentException("record " + exemption.recordId() + " is exempted twice");
            }
        }
    }

    /** The total monthly fee of every line registered, whatever its contract and dates (the book's overview). */
    public BigDecimal totalMonthlyFee() {
        return LineFees.sum(lines);
    }

    /**
     * The book as one operator contract's sheet reads it: the contract's lines (and lines of no named
     * contract), the faults and relocations on them, the illegal connections of their units, every record
     * of the tenant as a whole (backbone, report, ad-hoc findings), and the
     * exemptions of what is left. Another contract's lines and their faults are that contract's.
     */
    public ExtranetRecords ofContract(long contractId) {
        List<ExtranetLine> own = lines.stream().filter(line -> line.under(contractId)).toList();
        Set<String> ownIds = new HashSet<>(own.stream().map(ExtranetLine::id).toList());
        List<LineFault> ownFaults = faults.stream().filter(f -> ownIds.contains(f.lineId())).toList();
        List<LineRelocation> ownRelocations = relocations.stream().filter(r -> ownIds.contains(r.lineId())).toList();
        Set<String> ownUnits = new HashSet<>(own.stream().map(ExtranetLine::usingUnit).toList());
        List<IllegalConnection> ownConnections = illegalConnections.stream()
                .filter(c -> ownUnits.contains(c.responsibleUnit())).toList();
        Set<String> left = new HashSet<>();
        faults.stream().filter(f -> !ownFaults.contains(f)).forEach(f -> left.add(f.id()));
        relocations.stream().filter(r -> !ownRelocations.contains(r)).forEach(r -> left.add(r.id()));
        illegalConnections.stream().filter(c -> !ownConnections.contains(c)).forEach(c -> left.add(c.id()));
        return new ExtranetRecords(own, ownFaults, backboneFailures, ownRelocations, reports, ownConnections, adHocFindings,
                exemptions.stream().filter(e -> !left.contains(e.recordId())).toList());
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Set<String> uniqueIds(Stream<String> ids) {
        Set<String> seen = new HashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("id " + id + " is used by two records");
            }
        });
        return seen;
    }

    /** Collects records one by one; most periods have only a few kinds of them. */
    public static final class Builder {
        private final List<ExtranetLine> lines = new ArrayList<>();
        private final List<LineFault> faults = new ArrayList<>();
        private final List<BackboneFailure> backboneFailures = new ArrayList<>();
        private final List<LineRelocation> relocations = new ArrayList<>();
        private final List<ReportSubmission> reports = new ArrayList<>();
        private final List<IllegalConnection> illegalConnections = new ArrayList<>();
        private final List<AdHocFinding> adHocFindings = new ArrayList<>();
        private final List<ForceMajeureExemption> exemptions = new ArrayList<>();

        private Builder() {
        }

        public Builder line(ExtranetLine line) {
            lines.add(line);
            return this;
        }

        public Builder fault(LineFault fault) {
            faults.add(fault);
            return this;
        }

        public Builder backboneFailure(BackboneFailure failure) {
            backboneFailures.add(failure);
            return this;
        }

        public Builder relocation(LineRelocation relocation) {
            relocations.add(relocation);
            return this;
        }

        public Builder report(ReportSubmission report) {
            reports.add(report);
            return this;
        }

        public Builder illegalConnection(IllegalConnection connection) {
            illegalConnections.add(connection);
            return this;
        }

        public Builder adHocFinding(AdHocFinding finding) {
            adHocFindings.add(finding);
            return this;
        }

        public Builder exemption(ForceMajeureExemption exemption) {
            exemptions.add(exemption);
            return this;
        }

        public ExtranetRecords build() {
            return new ExtranetRecords(lines, faults, backboneFailures, relocations, reports, illegalConnections,
                    adHocFindings, exemptions);
        }
    }
}
