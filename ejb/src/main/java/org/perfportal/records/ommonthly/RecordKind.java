package org.perfportal.records.ommonthly;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of Luohe record and the prefix of their record ids ({@code fault-12},
 * {@code deduction-3}), so that one id names one record across all kinds, as the pure
 * {@link org.perfportal.assessment.ommonthly.Exemptions} and trace lines require.
 */
public enum RecordKind {
    FAULT("fault", OmFault.class, true),
    VULNERABILITY("vulnerability", OmVulnerability.class, true),
    WORK("work", OmWork.class, false),
    CATALOGUE_ENTRY("catalogue", OmCatalogueEntry.class, false),
    DOCUMENT("document", OmArchiveDocument.class, false),
    SATISFACTION_FORM("form", OmSatisfactionForm.class, false),
    DEDUCTION("deduction", OmDeduction.class, true),
    PENALTY("penalty", OmMoneyPenalty.class, true),
    EXEMPTION("exemption", OmExemption.class, false);

    private final String prefix;
    private final Class<? extends OmRecord> type;
    private final boolean exemptible;

    RecordKind(String prefix, Class<? extends OmRecord> type, boolean exemptible) {
        this.prefix = prefix;
        this.type = type;
        this.exemptible = exemptible;
    }

    public String prefix() {
        return prefix;
    }

    public Class<? extends OmRecord> type() {
        return type;
    }

    /** Whether a record of this kind can cost points or money, so a force-majeure exemption can apply to it. */
    public boolean exemptible() {
        return exemptible;
    }

    /** The kind and database id inside a record id ({@code fault-12}), empty if it is none. */
    static Optional<Located> locate(String recordId) {
        if (recordId == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(kind -> recordId.startsWith(kind.prefix + "-")
                        && recordId.substring(kind.prefix.length() + 1).matches("[0-9]{1,18}"))
                .findFirst()
                .map(kind -> new Located(kind, Long.valueOf(recordId.substring(kind.prefix.length() + 1))));
    }

    /** A record id taken apart. */
    record Located(RecordKind kind, long id) {
    }
}
