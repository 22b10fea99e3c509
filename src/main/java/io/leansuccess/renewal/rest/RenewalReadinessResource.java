package io.leansuccess.renewal.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.renewal.RenewalReadinessService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.springframework.stereotype.Component;

/**
 * An account's renewal readiness, open and past, with the brief and the rules' verdict. The product
 * opens, moves and cancels them; the API only shows them.
 */
@Component
@Path("/accounts/{accountId}/renewal-readiness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Renewal readiness")
public class RenewalReadinessResource {

  private final RenewalReadinessService readiness;
  private final ApiProperties properties;

  public RenewalReadinessResource(RenewalReadinessService readiness, ApiProperties properties) {
    this.readiness = readiness;
    this.properties = properties;
  }

  @GET
  @Operation(
      summary =
          "The account's renewal readiness, newest first: the brief's six answers, what the data"
              + " cannot answer, the rules' verdict and its decision")
  public Page<RenewalReadinessRepresentation> list(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var all =
        readiness.ofAccount(accountId).stream().map(RenewalReadinessRepresentation::from).toList();
    return Page.slice(all, properties.pageSize(limit), offset);
  }
}
