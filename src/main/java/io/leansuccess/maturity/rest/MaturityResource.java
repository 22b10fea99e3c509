package io.leansuccess.maturity.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.maturity.MaturityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.springframework.stereotype.Component;

/** Maturity per segment for CS leaders and pages: where each segment stands, and why. */
@Component
@Path("/accounts/{accountId}/maturity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Maturity")
public class MaturityResource {

  private final MaturityService maturity;

  public MaturityResource(MaturityService maturity) {
    this.maturity = maturity;
  }

  @GET
  @Operation(
      summary = "Each segment's maturity level with its transitions and the rules that made them")
  public MaturityRepresentation get(@PathParam("accountId") String accountId) {
    return MaturityRepresentation.from(accountId, maturity.standings(accountId));
  }
}
