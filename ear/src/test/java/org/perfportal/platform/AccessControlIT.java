package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.perfportal.it.Api;
import org.perfportal.it.Onboarding;
import org.perfportal.it.Deployments;
import org.perfportal.it.PortalIT;

/** Who may call what: missing, forged and foreign tokens get 401, a wrong role 403. */
@PortalIT
class AccessControlIT {

    private static final String VENDORS = "/api/v1/tenants/luohe/vendors";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void noTokenIs401WithAChallenge() {
        Api.Reply reply = Api.get(VENDORS, null);
        assertEquals(401, reply.status());
        assertTrue(reply.isProblem(), reply::toString);
    }

    /** A real Keycloak token of the 5-second dev client: accepted at once, refused once expired (no skew in tests). */
    @Test
    void expiredTokenIs401() throws InterruptedException {
        String shortLived = Api.freshToken("luohe", "auditor", "portal-cli-short-lived");
        assertEquals(200, Api.get(VENDORS, shortLived).status());

        Thread.sleep(6_000);

        Api.Reply reply = Api.get(VENDORS, shortLived);
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.body().contains("xpired"), reply::toString);
    }

    @Test
    void garbageTokenIs401() {
        assertEquals(401, Api.get(VENDORS, "not-a-jwt").status());
    }

    /** A real token whose payload was edited (a role added): the signature no longer matches. */
    @Test
    void tamperedTokenIs401() throws Exception {
        String[] parts = Api.token("luohe", "unit").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String edited = payload.replace("\"unit\"", "\"unit\",\"tenant-admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(edited.getBytes()) + "." + parts[2];

        Api.Reply reply = Api.post(VENDORS, forged, "{\"name\":\"forged " + UUID.randomUUID() + "\"}");
        assertEquals(401, reply.status(), reply::toString);
    }

    /** Same claims and key id as a real token, signed with a key Keycloak never published. */
    @Test
    void tokenSignedWithAnotherKeyIs401() throws Exception {
        SignedJWT real = SignedJWT.parse(Api.token("luohe", "tenant-admin"));
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                .type(JOSEObjectType.JWT).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(attacker));

        assertEquals(401, Api.get(VENDORS, forged.serialize()).status());
    }

    @Test
    void wrongRoleIs403AndNothingIsStored() {
        String name = "未授权服务商 " + UUID.randomUUID();
        Api.Reply reply = Api.post(VENDORS, Api.token("luohe", "unit"), "{\"name\":\"" + name + "\"}");

        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertFalse(Api.get(VENDORS, Api.token("luohe", "auditor")).body().contains(name));
    }

    @Test
    void everyRoleOfTheTenantMayReadItsVendors() {
        for (String role : new String[] {"tenant-admin", "assessor", "approver", "vendor", "unit", "finance", "auditor"}) {
            assertEquals(200, Api.get(VENDORS, Api.token("luohe", role)).status(), role);
        }
    }

    @Test
    void unknownTenantIs404NamingTheTenant() {
        Api.Reply reply = Api.get("/api/v1/tenants/atlantis/vendors", Api.token("luohe", "tenant-admin"));
        assertEquals(404, reply.status());
        assertEquals("tenant", reply.json().asJsonObject().getString("field"));
    }

    @Test
    void platformOperatorRegistersTenantsAndTenantUsersMayNot() {
        String operator = Api.token("platform", "platform-operator");
        String id = "t" + UUID.randomUUID().toString().substring(0, 8);

        assertEquals(401, Api.get("/api/v1/platform/tenants", Api.token("luohe", "tenant-admin")).status());
        Api.Reply created = Api.post("/api/v1/platform/tenants", operator, Onboarding.body(id, "测试机构", null));
        assertEquals(201, created.status(), created::toString);
        assertEquals(id, created.json().asJsonObject().getJsonObject("tenant").getString("realm"));

        Api.Reply list = Api.get("/api/v1/platform/tenants", operator);
        for (String tenant : new String[] {"luohe", "ordos", "pingliang", "shanghai", id}) {
            assertTrue(list.body().contains("\"" + tenant + "\""), tenant);
        }
        assertEquals(409, Api.post("/api/v1/platform/tenants", operator, Onboarding.body("luohe", "重复", null)).status());
        Api.Reply badId = Api.post("/api/v1/platform/tenants", operator, Onboarding.body("Bad Id!", "x", null));
        assertEquals(400, badId.status());
        assertEquals("id", badId.json().asJsonObject().getString("field"));
    }

    /**
     * A token's issuer names the tenant it speaks for, so a realm can speak for one tenant only:
     * registering another tenant on a realm already taken (or on the platform's) is 409 {@code realm}
     * and stores nothing.
     */
    @Test
    void aRealmAlreadyUsedByAnotherTenantIs409AndNothingIsStored() {
        String operator = Api.token("platform", "platform-operator");
        String first = "t" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Api.post("/api/v1/platform/tenants", operator, Onboarding.body(first, "第一机构", null)).status());

        for (String realm : new String[] {"luohe", first, "platform"}) {
            String id = "t" + UUID.randomUUID().toString().substring(0, 8);
            Api.Reply taken = Api.post("/api/v1/platform/tenants", operator, Onboarding.body(id, "重复领域", realm));
            assertEquals(409, taken.status(), taken::toString);
            assertTrue(taken.isProblem(), taken::toString);
            assertEquals("realm", taken.json().asJsonObject().getString("field"), taken::toString);
            assertFalse(Api.get("/api/v1/platform/tenants", operator).body().contains("\"" + id + "\""), id + " was stored");
        }
    }

    /** A platform operator's token proves no tenant: refused at a tenant's address like any foreign token. */
    @Test
    void aPlatformTokenIs401AtATenantsAddress() {
        Api.Reply reply = Api.get(VENDORS, Api.token("platform", "platform-operator"));
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
    }
}
