package org.perfportal.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.perfportal.identity.IdentityProviderException;

/** Keycloak failed a call of its admin API (onboarding): 502, logged; whatever the request began was rolled back. */
@Provider
public class IdentityProviderExceptionMapper implements ExceptionMapper<IdentityProviderException> {

    private static final Logger LOG = Logger.getLogger(IdentityProviderExceptionMapper.class.getName());

    @Override
    public Response toResponse(IdentityProviderException e) {
        LOG.log(Level.WARNING, "identity provider failure", e);
        return Problem.response(Response.Status.BAD_GATEWAY, e.getMessage(), "realm");
    }
}
