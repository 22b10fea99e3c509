package io.leansuccess.getwell.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.getwell.GetWellPlanService;
import io.leansuccess.shared.ResourceNotFoundException;
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
 * An account's get-well plans, open and past. The health rules start and close them; the API only
 * shows them.
 */
@Component
@Path("/accounts/{accountId}/get-well-plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Get-well plans")
public class GetWellPlanResource {

  private final GetWellPlanService plans;
  private final ApiProperties properties;

  public GetWellPlanResource(GetWellPlanService plans, ApiProperties properties) {
    this.plans = plans;
    this.properties = properties;
  }

  @GET
  @Operation(
      summary =
          "The account's get-well plans, newest first, with their reasons, step and open tasks")
  public Page<GetWellPlanRepresentation> list(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var all = plans.ofAccount(accountId).stream().map(GetWellPlanRepresentation::from).toList();
    return Page.slice(all, properties.pageSize(limit), offset);
  }

  @GET
  @Path("/{planId}")
  @Operation(summary = "One of the account's get-well plans, open or closed")
  public GetWellPlanRepresentation get(
      @PathParam("accountId") String accountId, @PathParam("planId") String planId) {
    return plans
        .of(accountId, planId)
        .map(GetWellPlanRepresentation::from)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "get-well plan of account '" + accountId + "'", planId));
  }
}
