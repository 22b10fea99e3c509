package io.leansuccess.migration.rest;

import io.leansuccess.api.Problem;
import io.leansuccess.migration.MigrationRefusedException;
import io.leansuccess.migration.MigrationReport;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

/** A refused migration: 400 with one error per reason, named by version and BPMN element. */
@Component
@Provider
public class MigrationRefusedExceptionMapper implements ExceptionMapper<MigrationRefusedException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(MigrationRefusedException exception) {
    MigrationReport report = exception.report();
    return Problem.of(Status.BAD_REQUEST, exception.getMessage() + "; nothing was migrated")
        .withType(Problem.INVALID_REQUEST, "Invalid request")
        .withErrors(
            report.sources().stream()
                .flatMap(
                    source ->
                        source.problems().stream()
                            .map(
                                problem ->
                                    new Problem.InvalidField(
                                        "version "
                                            + source.version().version()
                                            + ": "
                                            + problem.element(),
                                        problem.reason())))
                .toList())
        .toResponse(uriInfo);
  }
}
