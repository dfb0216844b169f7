package org.perfportal.scheme;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * Maintains the current tenant's scheme versions (考核办法): drafts are created and revised,
 * then published; every document is validated by its kind's {@link SchemeCodec} and stored in
 * the codec's canonical form, so what is stored always decodes.
 */
@Stateless
public class SchemeService {

    /** Where the document sits in the API, so a refusal names e.g. {@code parameters.banner.repairHours}. */
    private static final String DOCUMENT_FIELD = "parameters";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    @Any
    private Instance<SchemeCodec<?>> codecs;

    public List<Scheme> list() {
        return tenantEm.get().createQuery("SELECT s FROM Scheme s ORDER BY s.kind, s.effectiveFrom, s.id", Scheme.class)
                .getResultList();
    }

    public Scheme find(long id) {
        Scheme scheme = tenantEm.get().find(Scheme.class, id);
        if (scheme == null) {
            throw new RecordNotFoundException("id", "no scheme " + id);
        }
        return scheme;
    }

    public Scheme createDraft(String kind, String versionLabel, LocalDate effectiveFrom, JsonObject parameters) {
        String canonical = canonical(codecFor(kind), parameters);
        requireUnusedLabel(kind, versionLabel, null);
        Scheme scheme = new Scheme(kind, versionLabel, effectiveFrom, canonical);
        tenantEm.get().persist(scheme);
        tenantEm.get().flush();
        return scheme;
    }

    public Scheme revise(long id, long expectedVersion, String versionLabel, LocalDate effectiveFrom, JsonObject parameters) {
        Scheme scheme = find(id);
        StaleVersion.check("scheme", scheme.version(), expectedVersion);
        String canonical = canonical(codecFor(scheme.kind()), parameters);
        requireUnusedLabel(scheme.kind(), versionLabel, id);
        scheme.revise(versionLabel, effectiveFrom, canonical);
        tenantEm.get().flush();
        return scheme;
    }

    /** Publishes a draft the kind finds fit for use ({@link SchemeCodec#requirePublishable}). */
    public Scheme publish(long id, long expectedVersion) {
        Scheme scheme = find(id);
        StaleVersion.check("scheme", scheme.version(), expectedVersion);
        requirePublishable(codecFor(scheme.kind()), scheme.parameters());
        return publishChecked(scheme);
    }

    /**
     * Publishes a platform template given to a new tenant (onboarding): the platform's starting point,
     * which no operator has signed yet; the tenant's own versions go through {@link #publish}.
     */
    public Scheme publishTemplate(long id) {
        return publishChecked(find(id));
    }

    private Scheme publishChecked(Scheme scheme) {
        scheme.publish();
        tenantEm.get().flush();
        return scheme;
    }

    /**
     * The published version of {@code codec}'s kind that applies on {@code day}: the one with the
     * latest effective date not after it. None is a conflict with the tenant's configuration.
     */
    public <P> AppliedScheme<P> inForce(SchemeCodec<P> codec, LocalDate day) {
        Scheme scheme = tenantEm.get().createQuery("SELECT s FROM Scheme s WHERE s.kind = :kind AND s.status = :published"
                        + " AND s.effectiveFrom <= :day ORDER BY s.effectiveFrom DESC, s.id DESC", Scheme.class)
                .setParameter("kind", codec.kind())
                .setParameter("published", SchemeStatus.PUBLISHED)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ConflictException("scheme", "no published " + codec.kind()
                        + " scheme is in force on " + day));
        return new AppliedScheme<>(scheme.id(), scheme.versionLabel(), codec.decode(read(scheme.parameters())));
    }

    /**
     * A stored version read with {@code codec}: the scheme a result names (its {@code schemeId}),
     * whatever is in force today. Another kind's id is not found.
     */
    public <P> AppliedScheme<P> applied(SchemeCodec<P> codec, long id) {
        Scheme scheme = find(id);
        if (!scheme.kind().equals(codec.kind())) {
            throw new RecordNotFoundException("id", "no " + codec.kind() + " scheme " + id);
        }
        return new AppliedScheme<>(scheme.id(), scheme.versionLabel(), codec.decode(read(scheme.parameters())));
    }

    private SchemeCodec<?> codecFor(String kind) {
        return codecs.stream()
                .filter(codec -> codec.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("kind", "unknown scheme kind '" + kind + "'"));
    }

    private static <P> void requirePublishable(SchemeCodec<P> codec, String parameters) {
        codec.requirePublishable(codec.decode(read(parameters)));
    }

    private static <P> String canonical(SchemeCodec<P> codec, JsonObject parameters) {
        try {
            return codec.encode(codec.decode(parameters)).toString();
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(DOCUMENT_FIELD + "." + e.field(), e.getMessage());
        }
    }

    private void requireUnusedLabel(String kind, String versionLabel, Long exceptId) {
        boolean taken = tenantEm.get()
                .createQuery("SELECT s.id FROM Scheme s WHERE s.kind = :kind AND s.versionLabel = :label", Long.class)
                .setParameter("kind", kind)
                .setParameter("label", versionLabel)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new ConflictException("versionLabel", "version '" + versionLabel + "' of " + kind + " already exists");
        }
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
