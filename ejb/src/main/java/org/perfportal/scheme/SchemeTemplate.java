package org.perfportal.scheme;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A template scheme (考核办法模板) per assessment kind: the parameter document a new tenant starts
 * from when the platform operator enables the kind for it — the published rule of the agency the
 * kind was first built for, the same JSON its seed changeset loads. The tenant gets it as a
 * published version of its own, labelled {@code <kind>-template-<year>}, which its admin copies
 * into draft versions of its own and adapts.
 */
public enum SchemeTemplate {

    OM_MONTHLY("om-monthly", "luohe-2025.json", LocalDate.of(2025, 1, 1)),
    EXTRANET_HALF_YEAR("extranet-half-year", "ordos-2025.json", LocalDate.of(2025, 1, 1)),
    EGOV_ANNUAL("egov-annual", "pingliang-2025.json", LocalDate.of(2025, 1, 1)),
    FISCAL_SELF_EVALUATION("fiscal-self-evaluation", "shanghai-2020.json", LocalDate.of(2020, 1, 1));

    private static final String DATA = "/db/changelog/data/";

    private final String kind;
    private final String document;
    private final LocalDate effectiveFrom;

    SchemeTemplate(String kind, String document, LocalDate effectiveFrom) {
        this.kind = kind;
        this.document = document;
        this.effectiveFrom = effectiveFrom;
    }

    public static Optional<SchemeTemplate> of(String kind) {
        return Arrays.stream(values()).filter(t -> t.kind.equals(kind)).findFirst();
    }

    public String kind() {
        return kind;
    }

    /** From the start of the template rule's year, so that a new tenant can also assess earlier periods of it. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String versionLabel() {
        return kind + "-template-" + effectiveFrom.getYear();
    }

    public JsonObject parameters() {
        try (InputStream in = SchemeTemplate.class.getResourceAsStream(DATA + document)) {
            if (in == null) {
                throw new IllegalStateException("the template document " + DATA + document + " is not on the class path");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
