package io.leansuccess.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * The engine refused the signed-in user (our requests run with their Camunda authentication): 403,
 * with Camunda's message, which names the missing permission and nothing internal.
 */
@Component
@Provider
public class EngineAuthorizationExceptionMapper implements ExceptionMapper<AuthorizationException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(AuthorizationException exception) {
    return Problem.of(Status.FORBIDDEN, exception.getMessage()).toResponse(uriInfo);
  }
}
