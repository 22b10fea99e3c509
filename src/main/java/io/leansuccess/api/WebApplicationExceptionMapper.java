package io.leansuccess.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import org.springframework.stereotype.Component;

/**
 * The HTTP-level errors Jersey raises (no such path, method, media type; not signed in; not
 * allowed) as problem documents. Their own messages say only "HTTP 405", so the detail is ours.
 */
@Component
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  /** Headers of the original answer a client needs to recover: what to send, or which methods. */
  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.ALLOW);

  @Context private UriInfo uriInfo;
  @Context private Request request;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response answer = problemFor(exception, original.getStatusInfo()).toResponse(uriInfo);
    var builder = Response.fromResponse(answer);
    KEPT_HEADERS.forEach(
        name -> {
          if (original.getHeaderString(name) != null) {
            builder.header(name, original.getHeaderString(name));
          }
        });
    return builder.build();
  }

  private Problem problemFor(WebApplicationException exception, Response.StatusType status) {
    if (exception instanceof ParamException param
        && !(exception instanceof ParamException.PathParamException)) {
      // JAX-RS answers an unreadable query parameter with 404; for a client it is a bad request
      String field = param.getParameterName();
      return Problem.of(
              Response.Status.BAD_REQUEST, "The parameter " + field + " has an invalid value")
          .withType(Problem.INVALID_REQUEST, "Invalid request")
          .withErrors(List.of(new Problem.InvalidField(field, "has an invalid value")));
    }
    return Problem.of(status, detail(exception, status.getStatusCode()));
  }

  private String detail(WebApplicationException exception, int status) {
    return switch (status) {
      case 400 ->
          exception.getCause() instanceof NoContentException
              ? "The request needs a body"
              : "The request is not valid";
      case 401 -> "Send the HTTP Basic credentials of a Lean Success user";
      case 403 -> "Your groups do not allow this request";
      case 404 -> "Nothing at " + uriInfo.getRequestUri().getRawPath();
      case 405 ->
          "Method "
              + request.getMethod()
              + " is not allowed here; allowed: "
              + String.join(", ", exception.getResponse().getAllowedMethods());
      case 406 ->
          "This resource cannot answer in "
              + headers.getHeaderString(HttpHeaders.ACCEPT)
              + "; it answers application/json";
      case 415 ->
          "Content type "
              + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
              + " is not supported here; send application/json";
      default -> exception.getResponse().getStatusInfo().getReasonPhrase();
    };
  }
}
