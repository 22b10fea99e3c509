package io.leansuccess.account.rest;

import io.leansuccess.account.AccountService;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.rest.DecisionRepresentation;
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

/** The automated decisions about an account's use cases, cycles and segments, newest first. */
@Component
@Path("/accounts/{accountId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Decisions")
public class AccountDecisionResource {

  private final AccountService accounts;
  private final DecisionLog decisions;
  private final ApiProperties properties;

  public AccountDecisionResource(
      AccountService accounts, DecisionLog decisions, ApiProperties properties) {
    this.accounts = accounts;
    this.decisions = decisions;
    this.properties = properties;
  }

  @GET
  @Operation(
      summary =
          "The account's decisions, newest first, without their facts (GET /decisions/{id} has them)")
  public Page<DecisionRepresentation> list(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    accounts.require(accountId);
    int size = properties.pageSize(limit);
    var items =
        decisions.aboutAccount(accountId, size, offset).stream()
            .map(DecisionRepresentation::summary)
            .toList();
    return new Page<>(items, size, offset, decisions.countAboutAccount(accountId));
  }
}
