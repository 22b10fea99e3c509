package io.leansuccess.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's REST error answers ({@code type}, {@code message}, {@code code}) without what only the
 * server should know. A 5xx says nothing of its cause (Camunda's message can carry the SQL
 * statement and its exception's class) but gives an error id that finds the stack trace in the log.
 * A 4xx keeps Camunda's message, which tells the user what to change, with Java class names
 * shortened to their simple names, and Camunda's {@code type}: one of the REST API's documented
 * error types ({@code AuthorizationException}, {@code InvalidRequestException}, ...) that Tasklist
 * and Cockpit act on. Registered ahead of Camunda's own mappers for the same exception types.
 */
public abstract class EngineRestErrors<E extends Throwable> implements ExceptionMapper<E> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

  /** A fully qualified Java class name: two or more lower-case package names, then the class. */
  private static final Pattern QUALIFIED_CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][\\w$]*)");

  static final String SERVER_ERROR_TYPE = "ServerError";

  /** Camunda's REST type for a request it refuses as invalid. */
  static final String INVALID_REQUEST_TYPE = "InvalidRequestException";

  /** The engine's message (ENGINE-17007) for a variable sent Java-serialized while that is off. */
  private static final String JAVA_SERIALIZATION_PROHIBITED =
      "Java serialization format is prohibited";

  @Context private UriInfo uriInfo;
  @Context private Request request;

  @Override
  public Response toResponse(E exception) {
    var camunda = ExceptionHandlerHelper.getInstance();
    if (isRefusedVariableFormat(exception)) {
      return refusedVariable(camunda.fromException(exception));
    }
    Response.Status status = camunda.getStatus(exception);
    if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
      return serverError(status, camunda.fromException(exception).getCode(), exception);
    }
    Response answer = camunda.getResponse(exception);
    if (answer.getEntity() instanceof ExceptionDto error && error.getMessage() != null) {
      error.setMessage(QUALIFIED_CLASS_NAME.matcher(error.getMessage()).replaceAll("$1"));
    }
    return answer;
  }

  private Response serverError(Response.Status status, Integer code, E exception) {
    String errorId = UUID.randomUUID().toString();
    LOG.error(
        "ENGINE-REST-{} error {} answering {} {}",
        status.getStatusCode(),
        errorId,
        request.getMethod(),
        uriInfo.getRequestUri().getRawPath(),
        exception);
    var body =
        new ServerError(
            SERVER_ERROR_TYPE,
            "The server failed to answer this request. Quote error id "
                + errorId
                + " when you report it.",
            code,
            errorId);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * A variable in a format the engine refuses (Java serialization is off): the client's doing, not
   * a server failure, though the engine raises a plain {@code ProcessEngineException}.
   */
  private static boolean isRefusedVariableFormat(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null
          && cause.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)) {
        return true;
      }
    }
    return false;
  }

  private static Response refusedVariable(ExceptionDto error) {
    error.setType(INVALID_REQUEST_TYPE);
    error.setMessage(QUALIFIED_CLASS_NAME.matcher(error.getMessage()).replaceAll("$1"));
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error)
        .build();
  }

  /** Camunda's error format, and the id of the log entry. */
  public record ServerError(String type, String message, Integer code, String errorId) {}

  /** Whatever no closer mapper takes. */
  @Priority(Priorities.USER - 100)
  public static class AnyException extends EngineRestErrors<Throwable> {}

  /** In place of Camunda's {@code ProcessEngineExceptionHandler}. */
  @Priority(Priorities.USER - 100)
  public static class EngineException extends EngineRestErrors<ProcessEngineException> {}

  /**
   * In place of Camunda's {@code RestExceptionHandler}: a resource's own wrapping of an engine
   * failure.
   */
  @Priority(Priorities.USER - 100)
  public static class ResourceException extends EngineRestErrors<RestException> {}
}
