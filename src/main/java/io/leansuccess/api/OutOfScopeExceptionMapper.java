package io.leansuccess.api;

import io.leansuccess.shared.OutOfScopeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.springframework.stereotype.Component;

/** A value outside the caller's scopes: 403, naming the field. */
@Component
@Provider
public class OutOfScopeExceptionMapper implements ExceptionMapper<OutOfScopeException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(OutOfScopeException exception) {
    return Problem.of(Status.FORBIDDEN, exception.getMessage())
        .withType(Problem.OUT_OF_SCOPE, "Outside the caller's scopes")
        .withErrors(List.of(new Problem.InvalidField(exception.field(), exception.getMessage())))
        .toResponse(uriInfo);
  }
}
