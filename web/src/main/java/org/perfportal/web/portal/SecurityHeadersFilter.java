package org.perfportal.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every answer of the WAR, pages and API alike. The Content-Security-Policy
 * allows the portal's own origin and, for the login's token calls ({@code connect-src}), a
 * possible silent-login frame ({@code frame-src}) and the login form's post ({@code form-action}),
 * the Keycloak origin the tokens are issued by ({@code PORTAL_KEYCLOAK_URL}). Nothing inline:
 * the Vite build emits only external scripts and style sheets, and the browser portal's
 * libraries (Vue, Element Plus, ECharts, keycloak-js) set styles through the CSSOM, which CSP does
 * not restrict, so {@code style-src 'self'} holds without {@code 'unsafe-inline'} (the browser
 * tests fail on any CSP violation).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    private String policy;

    @Override
    public void init() {
        policy = policy(origin(keycloakUrl));
    }

    /** The policy for a Keycloak origin ({@code http://localhost:8180}). */
    static String policy(String keycloakOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self' " + keycloakOrigin,
                "frame-src " + keycloakOrigin,
                "form-action 'self' " + keycloakOrigin,
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'");
    }

    /** Scheme, host and port of a URL: CSP sources name origins, not paths. */
    static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
