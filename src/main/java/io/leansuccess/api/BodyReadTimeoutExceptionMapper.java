package io.leansuccess.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

/** A body too slow to arrive: 408, and the connection closed (its rest is not read). */
@Component
@Provider
public class BodyReadTimeoutExceptionMapper implements ExceptionMapper<BodyReadTimeoutException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(BodyReadTimeoutException exception) {
    var answer = Problem.of(Status.REQUEST_TIMEOUT, exception.getMessage()).toResponse(uriInfo);
    return Response.fromResponse(answer).header("Connection", "close").build();
  }
}
