package io.leansuccess.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Everything no other mapper claims is our fault: a 500 that says nothing about the cause, and an
 * error id that finds the stack trace in the server log.
 */
@Component
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Context private UriInfo uriInfo;
  @Context private Request request;

  @Override
  public jakarta.ws.rs.core.Response toResponse(Throwable exception) {
    String errorId = UUID.randomUUID().toString();
    LOG.error(
        "API-500 error {} answering {} {}",
        errorId,
        request.getMethod(),
        uriInfo.getRequestUri().getRawPath(),
        exception);
    return Problem.of(
            Status.INTERNAL_SERVER_ERROR,
            "The server failed to answer this request. Quote error id "
                + errorId
                + " when you report it.")
        .withErrorId(errorId)
        .toResponse(uriInfo);
  }
}
