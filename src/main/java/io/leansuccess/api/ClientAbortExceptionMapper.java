package io.leansuccess.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The client went away while its body was being read: nobody hears the answer, and it is not the
 * server's failure, so no error is logged (a slow client cut off by its proxy, a client restart).
 */
@Component
@Provider
public class ClientAbortExceptionMapper implements ExceptionMapper<ClientAbortException> {

  private static final Logger LOG = LoggerFactory.getLogger(ClientAbortExceptionMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ClientAbortException exception) {
    LOG.debug(
        "API-499 the client left while its request to {} was read",
        uriInfo.getRequestUri().getRawPath());
    return Problem.of(Status.BAD_REQUEST, "The request body ended before its declared length")
        .toResponse(uriInfo);
  }
}
