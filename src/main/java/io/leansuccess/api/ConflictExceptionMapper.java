package io.leansuccess.api;

import io.leansuccess.shared.ConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

@Component
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ConflictException exception) {
    return Problem.of(Status.CONFLICT, exception.getMessage())
        .withType(Problem.CONFLICT, "Conflict with the stored state")
        .toResponse(uriInfo);
  }
}
