package io.leansuccess.rules.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.rest.DecisionRepresentation;
import io.leansuccess.shared.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.springframework.stereotype.Component;

/** One automated decision with its whole explanation, so a CS leader can always ask "why?". */
@Component
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Decisions")
public class DecisionResource {

  private final DecisionLog decisions;
  private final ObjectMapper json;

  public DecisionResource(DecisionLog decisions, ObjectMapper json) {
    this.decisions = decisions;
    this.json = json;
  }

  @GET
  @Path("/{decisionId}")
  @Operation(
      summary =
          "The decision with the rules that fired, the rules version and the facts as the rules saw them")
  public DecisionRepresentation get(@PathParam("decisionId") String decisionId) {
    return decisions
        .find(decisionId)
        .map(record -> DecisionRepresentation.withFacts(record, json))
        .orElseThrow(() -> new ResourceNotFoundException("decision", decisionId));
  }
}
