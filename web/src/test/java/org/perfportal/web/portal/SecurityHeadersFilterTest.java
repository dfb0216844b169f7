package org.perfportal.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void theKeycloakOriginIsSchemeHostAndPortOnly() {
        assertEquals("http://localhost:8180", SecurityHeadersFilter.origin("http://localhost:8180/"));
        assertEquals("https://sso.example.gov.cn", SecurityHeadersFilter.origin(" https://sso.example.gov.cn/auth "));
    }

    @Test
    void thePolicyAllowsSelfAndKeycloakAndNothingInline() {
        String policy = SecurityHeadersFilter.policy("http://localhost:8180");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertTrue(policy.contains("connect-src 'self' http://localhost:8180"), policy);
        assertTrue(policy.contains("frame-src http://localhost:8180"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("style-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
    }
}
