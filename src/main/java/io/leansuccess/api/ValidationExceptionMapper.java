package io.leansuccess.api;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Bean Validation's verdict on a request as one 400 listing every offending field. Jersey ships a
 * mapper for the same exception that answers without a body; the priority makes this one win.
 * Anything else Bean Validation raises (a broken constraint, an invalid return value) is a 500.
 */
@Component
@Provider
@Priority(Priorities.USER - 100)
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

  private static final Comparator<Problem.InvalidField> BY_FIELD =
      Comparator.comparing(
              Problem.InvalidField::field, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Problem.InvalidField::message);

  private final UnexpectedExceptionMapper unexpected;
  @Context private UriInfo uriInfo;

  public ValidationExceptionMapper(UnexpectedExceptionMapper unexpected) {
    this.unexpected = unexpected;
  }

  @Override
  public Response toResponse(ValidationException exception) {
    if (!(exception instanceof ConstraintViolationException violations)
        || violations.getConstraintViolations().stream()
            .anyMatch(ValidationExceptionMapper::isAboutTheResponse)) {
      return unexpected.toResponse(exception);
    }
    List<Problem.InvalidField> errors =
        violations.getConstraintViolations().stream()
            .map(
                violation ->
                    new Problem.InvalidField(
                        FieldPaths.of(violation.getPropertyPath()), violation.getMessage()))
            .distinct()
            .sorted(BY_FIELD)
            .toList();
    String fields =
        errors.stream()
            .map(Problem.InvalidField::field)
            .filter(Objects::nonNull)
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("the request body");
    return Problem.of(Status.BAD_REQUEST, "Invalid values in " + fields)
        .withType(Problem.INVALID_REQUEST, "Invalid request")
        .withErrors(errors)
        .toResponse(uriInfo);
  }

  private static boolean isAboutTheResponse(ConstraintViolation<?> violation) {
    return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
        .map(Path.Node::getKind)
        .anyMatch(kind -> kind == ElementKind.RETURN_VALUE);
  }
}
