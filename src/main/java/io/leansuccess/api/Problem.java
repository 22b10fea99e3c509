package io.leansuccess.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document: the body of every error our API answers. {@code errors} lists the
 * offending fields of an invalid request; {@code errorId} ties a 500 to the server log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    List<InvalidField> errors,
    String errorId) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA_TYPE_JSON = MediaType.valueOf(MEDIA_TYPE);

  /** RFC 9457's type for problems that mean no more than their HTTP status. */
  public static final URI BLANK = URI.create("about:blank");

  public static final URI INVALID_REQUEST = URI.create("urn:lean-success:problem:invalid-request");
  public static final URI MALFORMED_JSON = URI.create("urn:lean-success:problem:malformed-json");
  public static final URI CONFLICT = URI.create("urn:lean-success:problem:conflict");
  public static final URI REQUEST_TOO_LARGE =
      URI.create("urn:lean-success:problem:request-too-large");
  public static final URI OUT_OF_SCOPE = URI.create("urn:lean-success:problem:out-of-scope");
  public static final URI RATE_LIMITED = URI.create("urn:lean-success:problem:rate-limited");

  /**
   * One offending value: its JSON path in the body (e.g. {@code segments[1].licensedUsers}) or its
   * parameter name; for a file given in the body, the line and column of the fault when known.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InvalidField(String field, String message, Integer line, Integer column) {

    public InvalidField(String field, String message) {
      this(field, message, null, null);
    }
  }

  /** A problem that means no more than its status; the title is the status's reason phrase. */
  public static Problem of(Response.StatusType status, String detail) {
    return new Problem(
        BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, null, null, null);
  }

  public Problem withType(URI type, String title) {
    return new Problem(type, title, status, detail, instance, errors, errorId);
  }

  public Problem withErrors(List<InvalidField> errors) {
    return new Problem(type, title, status, detail, instance, List.copyOf(errors), errorId);
  }

  public Problem withErrorId(String errorId) {
    return new Problem(type, title, status, detail, instance, errors, errorId);
  }

  /** The response for the request being answered; {@code instance} is its path. */
  public Response toResponse(UriInfo request) {
    String path = request.getRequestUri().getRawPath();
    var problem = new Problem(type, title, status, detail, path, errors, errorId);
    return Response.status(status).type(MEDIA_TYPE_JSON).entity(problem).build();
  }
}
