package org.perfportal.scheme;

import jakarta.json.JsonObject;

/**
 * The reader and writer of one kind of scheme document (考核办法参数文档): turns the stored JSON
 * into the kind's parameter record and back. Every rule set brings its own codec, so the scheme
 * capability stores Luohe's, Ordos' or Pingliang's parameters without knowing any of them.
 *
 * <p>{@link #decode} refuses a bad document with an
 * {@link org.perfportal.shared.InvalidFieldException} whose field is the JSON path inside the
 * document (e.g. {@code banner.repairHours}); the caller prefixes where the document sits.
 *
 * @param <P> the kind's parameter record
 */
public interface SchemeCodec<P> {

    /** The scheme kind this codec reads, e.g. {@code extranet-half-year}. */
    String kind();

    P decode(JsonObject document);

    JsonObject encode(P parameters);

    /**
     * Refuses to publish a version whose document is valid but not yet fit for use — e.g. deduction
     * rules not yet signed by the operator — with a {@link org.perfportal.shared.ConflictException}
     * naming what is missing. Most kinds need nothing beyond a valid document.
     */
    default void requirePublishable(P parameters) {
    }
}
