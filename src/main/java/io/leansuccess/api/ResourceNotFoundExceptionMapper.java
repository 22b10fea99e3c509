package io.leansuccess.api;

import io.leansuccess.shared.ResourceNotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

@Component
@Provider
public class ResourceNotFoundExceptionMapper implements ExceptionMapper<ResourceNotFoundException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ResourceNotFoundException exception) {
    return Problem.of(Status.NOT_FOUND, exception.getMessage()).toResponse(uriInfo);
  }
}
