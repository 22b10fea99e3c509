package io.leansuccess.simulation.rest;

import io.leansuccess.api.Problem;
import io.leansuccess.rules.drools.CompilationProblem;
import io.leansuccess.simulation.CandidateRulesException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

/**
 * Candidate rules that cannot be simulated: 400, one error per problem with the file's line and
 * column.
 */
@Component
@Provider
public class CandidateRulesExceptionMapper implements ExceptionMapper<CandidateRulesException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(CandidateRulesException exception) {
    return Problem.of(
            Status.BAD_REQUEST,
            "The candidate rules cannot be simulated: "
                + String.join(
                    "; ", exception.problems().stream().map(CompilationProblem::toString).toList()))
        .withType(Problem.INVALID_REQUEST, "Invalid request")
        .withErrors(
            exception.problems().stream()
                .map(
                    problem ->
                        new Problem.InvalidField(
                            "files[\"" + problem.resourceName() + "\"]",
                            problem.text(),
                            problem.line() > 0 ? problem.line() : null,
                            problem.column() == CompilationProblem.UNKNOWN_COLUMN
                                ? null
                                : problem.column()))
                .toList())
        .toResponse(uriInfo);
  }
}
