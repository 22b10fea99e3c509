package io.leansuccess.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A request body Jackson could not read: malformed JSON (with line and column), an unknown
 * property, or a value of the wrong type (with the field's path). Jackson's own messages name our
 * Java classes, so the messages are ours; a failure while writing a response is a 500.
 */
@Component
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  private static final int MAX_DETAIL_LENGTH = 200;

  /** A Java class or method Jackson names in a message, with the words that introduce it. */
  private static final Pattern JAVA_REFERENCE =
      Pattern.compile(",? ?(from )?`[^`]*`|\\b([a-z]\\w*\\.)+[A-Z]\\w*");

  private final UnexpectedExceptionMapper unexpected;
  @Context private UriInfo uriInfo;

  public JsonExceptionMapper(UnexpectedExceptionMapper unexpected) {
    this.unexpected = unexpected;
  }

  @Override
  public Response toResponse(JsonProcessingException exception) {
    if (exception.getProcessor() instanceof JsonGenerator) {
      return unexpected.toResponse(exception);
    }
    StreamReadException syntaxError = syntaxErrorIn(exception);
    Problem problem;
    if (syntaxError != null) {
      problem = malformed(syntaxError, exception);
    } else if (exception instanceof JsonMappingException mapping) {
      problem = unreadableValue(mapping);
    } else {
      problem = malformed(exception, exception);
    }
    return problem.toResponse(uriInfo);
  }

  /**
   * Jackson wraps a syntax error met inside an object into a mapping error with the object's path.
   */
  private static StreamReadException syntaxErrorIn(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException syntaxError) {
        return syntaxError;
      }
    }
    return null;
  }

  private static Problem unreadableValue(JsonMappingException exception) {
    String field = FieldPaths.of(exception.getPath());
    String message = messageFor(exception);
    String detail =
        field == null ? "The request body " + message : "The field " + field + " " + message;
    return Problem.of(Status.BAD_REQUEST, detail)
        .withType(Problem.INVALID_REQUEST, "Invalid request")
        .withErrors(List.of(new Problem.InvalidField(field, message)));
  }

  private static String messageFor(JsonMappingException exception) {
    if (exception instanceof UnrecognizedPropertyException unknown) {
      return "is not a known property; known here: "
          + String.join(
              ", ", unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
    }
    if (exception instanceof InvalidFormatException format) {
      return "has the value '"
          + shorten(String.valueOf(format.getValue()))
          + "', which is not "
          + JsonTypes.describe(format.getTargetType());
    }
    if (exception instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      return "must be " + JsonTypes.describe(mismatch.getTargetType());
    }
    return "has an invalid value";
  }

  private static Problem malformed(
      JsonProcessingException exception, JsonProcessingException wrapper) {
    JsonLocation location = exception.getLocation();
    String field =
        exception.getProcessor() instanceof JsonParser parser
            ? FieldPaths.of(parser.getParsingContext())
            : null;
    if (field == null && wrapper instanceof JsonMappingException mapping) {
      field = FieldPaths.of(mapping.getPath());
    }
    StringBuilder detail = new StringBuilder("The request body is not valid JSON");
    if (location != null && location.getLineNr() > 0) {
      detail
          .append(" at line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr());
    }
    if (field != null) {
      detail.append(", in ").append(field);
    }
    detail.append(": ").append(shorten(exception.getOriginalMessage()));
    Problem problem =
        Problem.of(Status.BAD_REQUEST, detail.toString())
            .withType(Problem.MALFORMED_JSON, "Malformed JSON");
    return field == null
        ? problem
        : problem.withErrors(List.of(new Problem.InvalidField(field, "is not valid JSON")));
  }

  /**
   * First line only, and bounded: the client's own input is echoed back. Jackson's limits name the
   * Java method that sets them ({@code from `StreamReadConstraints.getMaxNestingDepth()`}): cut.
   */
  private static String shorten(String text) {
    String firstLine = text == null ? "" : text.lines().findFirst().orElse("");
    firstLine = JAVA_REFERENCE.matcher(firstLine).replaceAll("");
    return firstLine.length() <= MAX_DETAIL_LENGTH
        ? firstLine
        : firstLine.substring(0, MAX_DETAIL_LENGTH) + "...";
  }
}
