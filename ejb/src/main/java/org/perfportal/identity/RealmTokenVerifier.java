package org.perfportal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies access tokens of many Keycloak realms: one JWT processor per realm, each with
 * that realm's key source and its exact issuer. Pure Java, so its rules (signature, issuer,
 * expiry, required claims) are unit-tested with keys the test makes.
 */
public class RealmTokenVerifier {

    /** The claim naming the using unit of a {@code unit} user (see realm-config). */
    public static final String UNIT_ID_CLAIM = "unit_id";

    /** The portal's own clients: the browser UI, and in dev and tests the script clients. */
    public static final Set<String> PORTAL_CLIENTS = Set.of("portal-web", "portal-cli", "portal-cli-short-lived");

    private final String issuerBase;
    private final Set<String> allowedClients;
    private final int clockSkewSeconds;
    private final Function<String, JWKSource<SecurityContext>> keySources;
    private final Map<String, ConfigurableJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();

    /**
     * @param issuerBase the Keycloak URL that tokens name in {@code iss}, without the trailing slash
     * @param keySources the key source of each realm (cached and refreshed by the caller's choice)
     * @param clockSkewSeconds tolerated clock difference between Keycloak and the portal
     */
    public RealmTokenVerifier(String issuerBase, Function<String, JWKSource<SecurityContext>> keySources,
                              int clockSkewSeconds) {
        this(issuerBase, keySources, clockSkewSeconds, PORTAL_CLIENTS);
    }

    /**
     * @param allowedClients the client ids whose tokens may call the API: a token's authorized party
     *        ({@code azp}, the client it was issued to) must be one of them, so a token a realm issued to
     *        some other application (the account console, another service) is refused
     */
    public RealmTokenVerifier(String issuerBase, Function<String, JWKSource<SecurityContext>> keySources,
                              int clockSkewSeconds, Set<String> allowedClients) {
        this.allowedClients = Set.copyOf(allowedClients);
        this.clockSkewSeconds = clockSkewSeconds;
        this.issuerBase = issuerBase.endsWith("/") ? issuerBase.substring(0, issuerBase.length() - 1) : issuerBase;
        this.keySources = keySources;
    }

    public String issuerOf(String realm) {
        return issuerBase + "/realms/" + realm;
    }

    /**
     * The caller the token speaks for, if it was issued by one of {@code acceptedRealms} and is valid
     * now; {@link VerifiedCaller#realm()} then names the issuing realm. The unverified {@code iss}
     * only chooses which realm's keys and exact issuer the token is verified against: an issuer
     * outside the list is refused before any key is fetched, so a token cannot make the portal
     * ask Keycloak for a realm nobody registered.
     */
    public VerifiedCaller verifyIssuedByOneOf(String token, Collection<String> acceptedRealms) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no bearer token");
        }
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token", e);
        }
        String realm = acceptedRealms.stream()
                .filter(candidate -> issuerOf(candidate).equals(issuer))
                .findFirst()
                .orElseThrow(() -> new InvalidTokenException("token issuer " + issuer + " is not the realm of a registered tenant"));
        return verify(token, realm);
    }

    /** The caller the token speaks for, if the token was issued by {@code realm} and is valid now. */
    public VerifiedCaller verify(String token, String realm) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no bearer token");
        }
        try {
            JWTClaimsSet claims = processors.computeIfAbsent(realm, this::processorFor).process(token, null);
            String client = claims.getStringClaim("azp");
            if (client == null || !allowedClients.contains(client)) {
                throw new InvalidTokenException("token issued to client " + client + ", not to one of the portal's");
            }
            return new VerifiedCaller(realm, claims.getSubject(), claims.getStringClaim("preferred_username"), realmRoles(claims),
                    unitId(claims.getClaim(UNIT_ID_CLAIM)));
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("token rejected for realm " + realm + ": " + e.getMessage(), e);
        }
    }

    /**
     * The unit a {@code unit} user belongs to: Keycloak's user-attribute mapper writes it as a
     * string or a number; anything else counts as absent, so such a caller can act for no unit.
     */
    private static Long unitId(Object claim) {
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof String text && text.strip().matches("\\d{1,18}")) {
            return Long.valueOf(text.strip());
        }
        return null;
    }

    private ConfigurableJWTProcessor<SecurityContext> processorFor(String realm) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySources.apply(realm)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuerOf(realm)).build(),
                Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    private static Set<String> realmRoles(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
