package io.leansuccess.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

@Component
@Provider
public class RequestTooLargeExceptionMapper implements ExceptionMapper<RequestTooLargeException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(RequestTooLargeException exception) {
    return Problem.of(
            Status.REQUEST_ENTITY_TOO_LARGE,
            "The request body is larger than the limit of " + exception.limit() + " bytes")
        .withType(Problem.REQUEST_TOO_LARGE, "Request body too large")
        .toResponse(uriInfo);
  }
}
