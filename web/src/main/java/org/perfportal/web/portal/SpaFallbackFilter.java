package org.perfportal.web.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser portal is one page: its deep links ({@code /t/luohe/vendor/faults}) are routes of
 * the single-page app, so every {@code GET} under {@code /t/} is answered with {@code index.html}
 * and the app's router takes it from there. {@code /api/v1/…}, {@code /health} and the built
 * assets ({@code /assets/…}) are never touched.
 */
public class SpaFallbackFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && (path.equals("/t") || path.startsWith("/t/"))) {
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
