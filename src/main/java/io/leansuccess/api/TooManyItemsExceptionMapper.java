package io.leansuccess.api;

import io.leansuccess.shared.TooManyItemsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

@Component
@Provider
public class TooManyItemsExceptionMapper implements ExceptionMapper<TooManyItemsException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(TooManyItemsException exception) {
    return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage())
        .withType(Problem.REQUEST_TOO_LARGE, "Request too large")
        .toResponse(uriInfo);
  }
}
