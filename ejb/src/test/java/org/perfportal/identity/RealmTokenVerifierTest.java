package org.perfportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.ForbiddenException;

/** Token rules, with realm keys this test makes: signature, issuer, expiry, required claims, roles. */
class RealmTokenVerifierTest {

    private static final String KEYCLOAK = "http://localhost:8180";

    private final RSAKey luoheKey = key("luohe-1");
    private final RSAKey ordosKey = key("ordos-1");
    private static final int SKEW_SECONDS = 30;

    private final RealmTokenVerifier verifier = new RealmTokenVerifier(KEYCLOAK + "/", realm -> new ImmutableJWKSet<>(
            new JWKSet((realm.equals("luohe") ? luoheKey : ordosKey).toPublicJWK())), SKEW_SECONDS);

    @Test
    void acceptsAValidTokenAndReadsItsRealmRoles() {
        VerifiedCaller caller = verifier.verify(token(luoheKey, claims("luohe").build()), "luohe");

        assertEquals("luohe", caller.realm());
        assertEquals("user-1", caller.subject());
        assertEquals("assessor", caller.username());
        assertEquals(Set.of("assessor", "default-roles-luohe"), caller.roles());
    }

    @Test
    void refusesATokenOfAnotherRealm() {
        String ordosToken = token(ordosKey, claims("ordos").build());
        assertThrows(InvalidTokenException.class, () -> verifier.verify(ordosToken, "luohe"));
    }

    /** Signed with luohe's key but naming another issuer: the issuer must be exactly the realm's. */
    @Test
    void refusesAWrongIssuer() {
        String token = token(luoheKey, claims("luohe").issuer(KEYCLOAK + "/realms/ordos").build());
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token, "luohe"));
    }

    /** Expired beyond the tolerated skew (SKEW_SECONDS = 30): refused; within it: accepted. */
    @Test
    void refusesAnExpiredToken() {
        Instant now = Instant.now();
        String expired = token(luoheKey, claims("luohe").expirationTime(Date.from(now.minusSeconds(SKEW_SECONDS + 5))).build());
        String withinSkew = token(luoheKey, claims("luohe").expirationTime(Date.from(now.minusSeconds(5))).build());

        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(expired, "luohe"));
        assertTrue(e.getMessage().contains("xpired"), e.getMessage());
        assertEquals("user-1", verifier.verify(withinSkew, "luohe").subject());
    }

    /** The realm is the verified issuer's, chosen from the allow-list; nothing is trusted from the caller's side. */
    @Test
    void findsTheIssuingRealmAmongTheAcceptedOnes() {
        VerifiedCaller caller = verifier.verifyIssuedByOneOf(token(ordosKey, claims("ordos").build()), List.of("luohe", "ordos"));

        assertEquals("ordos", caller.realm());
        assertEquals("user-1", caller.subject());
    }

    /** An issuer outside the allow-list is refused before any realm's keys are asked for. */
    @Test
    void refusesAnIssuerOutsideTheAcceptedRealms() {
        List<String> asked = new ArrayList<>();
        RealmTokenVerifier recording = new RealmTokenVerifier(KEYCLOAK, realm -> {
            asked.add(realm);
            return new ImmutableJWKSet<>(new JWKSet(ordosKey.toPublicJWK()));
        }, SKEW_SECONDS);

        String ordosToken = token(ordosKey, claims("ordos").build());
        InvalidTokenException e = assertThrows(InvalidTokenException.class,
                () -> recording.verifyIssuedByOneOf(ordosToken, List.of("luohe", "platform")));
        assertTrue(e.getMessage().contains("/realms/ordos"), e.getMessage());
        assertEquals(List.of(), asked);
    }

    /** Signed with luohe's key but naming ordos as issuer: verified against ordos' keys, so refused. */
    @Test
    void anIssuerClaimIsVerifiedWithThatRealmsKeys() {
        String token = token(luoheKey, claims("luohe").issuer(KEYCLOAK + "/realms/ordos").build());
        assertThrows(InvalidTokenException.class, () -> verifier.verifyIssuedByOneOf(token, List.of("luohe", "ordos")));
        assertThrows(InvalidTokenException.class, () -> verifier.verifyIssuedByOneOf("not-a-jwt", List.of("luohe")));
        assertThrows(InvalidTokenException.class, () -> verifier.verifyIssuedByOneOf(null, List.of("luohe")));
    }

    @Test
    void refusesATokenWithoutExpiry() {
        JWTClaimsSet noExp = new JWTClaimsSet.Builder(claims("luohe").build()).expirationTime(null).build();
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token(luoheKey, noExp), "luohe"));
    }

    @Test
    void refusesAForgedSignatureWithTheSameKeyId() {
        RSAKey attacker = key("luohe-1");
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token(attacker, claims("luohe").build()), "luohe"));
    }

    @Test
    void refusesMissingAndMalformedTokens() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify(null, "luohe"));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(" ", "luohe"));
        assertThrows(InvalidTokenException.class, () -> verifier.verify("a.b.c", "luohe"));
    }

    /** Only the portal's own clients may call the API: a token the realm issued to another client is refused. */
    @Test
    void refusesATokenIssuedToAnotherClient() {
        String account = token(luoheKey, claims("luohe").claim("azp", "account-console").build());
        String none = token(luoheKey, new JWTClaimsSet.Builder(claims("luohe").build()).claim("azp", null).build());
        String cli = token(luoheKey, claims("luohe").claim("azp", "portal-cli").build());

        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(account, "luohe"));
        assertTrue(e.getMessage().contains("account-console"), e.getMessage());
        assertThrows(InvalidTokenException.class, () -> verifier.verify(none, "luohe"));
        assertEquals("user-1", verifier.verify(cli, "luohe").subject());
        RealmTokenVerifier webOnly = new RealmTokenVerifier(KEYCLOAK, realm -> new ImmutableJWKSet<>(
                new JWKSet(luoheKey.toPublicJWK())), SKEW_SECONDS, Set.of("portal-web"));
        assertThrows(InvalidTokenException.class, () -> webOnly.verify(cli, "luohe"));
    }

    @Test
    void aTokenWithoutRealmRolesHasNone() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims("luohe").build()).claim("realm_access", null).build();
        assertEquals(Set.of(), verifier.verify(token(luoheKey, claims), "luohe").roles());
    }

    @Test
    void readsTheUnitAUnitUserSpeaksFor() {
        // Keycloak's user-attribute mapper writes unit_id as a string ("String" JSON type) or a number.
        assertEquals(16L, verifier.verify(token(luoheKey, claims("luohe").claim("unit_id", "16").build()), "luohe").unitId());
        assertEquals(17L, verifier.verify(token(luoheKey, claims("luohe").claim("unit_id", 17).build()), "luohe").unitId());
        // Absent or not an id: the caller speaks for no unit.
        assertNull(verifier.verify(token(luoheKey, claims("luohe").build()), "luohe").unitId());
        assertNull(verifier.verify(token(luoheKey, claims("luohe").claim("unit_id", "崆峒区").build()), "luohe").unitId());
    }

    @Test
    void aUnitUserSpeaksOnlyForItsOwnUnit() {
        VerifiedCaller unit = new VerifiedCaller("pingliang", "u", "unit", Set.of("unit"), 16L);
        unit.requireSpeaksFor(16);
        assertEquals("unitId", assertThrows(ForbiddenException.class, () -> unit.requireSpeaksFor(17)).field());
        VerifiedCaller none = new VerifiedCaller("pingliang", "u", "unit", Set.of("unit"), null);
        assertEquals("unit_id", assertThrows(ForbiddenException.class, () -> none.requireSpeaksFor(16)).field());
    }

    private static JWTClaimsSet.Builder claims(String realm) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(KEYCLOAK + "/realms/" + realm)
                .subject("user-1")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "assessor")
                .claim("azp", "portal-web")
                .claim("realm_access", Map.of("roles", List.of("assessor", "default-roles-" + realm)));
    }

    private static String token(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
