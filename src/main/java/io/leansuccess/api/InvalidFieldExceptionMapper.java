package io.leansuccess.api;

import io.leansuccess.shared.InvalidFieldException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.springframework.stereotype.Component;

/** A field a resource refused, answered like a Bean Validation error. */
@Component
@Provider
public class InvalidFieldExceptionMapper implements ExceptionMapper<InvalidFieldException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidFieldException exception) {
    return Problem.of(Status.BAD_REQUEST, "Invalid values in " + exception.field())
        .withType(Problem.INVALID_REQUEST, "Invalid request")
        .withErrors(List.of(new Problem.InvalidField(exception.field(), exception.getMessage())))
        .toResponse(uriInfo);
  }
}
