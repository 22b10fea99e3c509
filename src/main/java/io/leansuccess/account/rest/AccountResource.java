package io.leansuccess.account.rest;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.account.Assignment;
import io.leansuccess.account.Ownership;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.api.Page;
import io.leansuccess.shared.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * Accounts for integrations: the CRM writes them under its own ids, and may repeat itself. Each
 * caller sees the accounts of their book of business ({@link BookOfBusiness}); another team's
 * account answers 404.
 */
@Component
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Accounts")
public class AccountResource {

  private final AccountService accounts;
  private final ApiProperties properties;

  public AccountResource(AccountService accounts, ApiProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  @GET
  @Operation(
      summary = "Accounts in id order, a page at a time; limit is capped at the configured maximum")
  public Page<AccountRepresentation> list(
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    int size = properties.pageSize(limit);
    var page = accounts.list(size, offset);
    var ownerships = accounts.ownerships(page.stream().map(Account::id).toList());
    var items =
        page.stream()
            .map(
                account ->
                    AccountRepresentation.from(
                        account, ownerships.getOrDefault(account.id(), Ownership.UNASSIGNED)))
            .toList();
    return new Page<>(items, size, offset, accounts.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One account")
  public AccountRepresentation get(@PathParam("id") String id) {
    return AccountRepresentation.from(accounts.require(id), accounts.ownership(id));
  }

  @PUT
  @Path("/{id}/team")
  @RolesAllowed({ApiRoles.MANAGER, ApiRoles.ADMIN})
  @Operation(
      summary =
          "Give the account to a team and an owner (its CSM); its running work in the engine moves with it")
  @ApiResponse(
      responseCode = "200",
      description = "The account's team and owner now",
      content = @Content(schema = @Schema(implementation = TeamAssignmentRepresentation.class)))
  public TeamAssignmentRepresentation assign(
      @PathParam("id") String id, @NotNull @Valid TeamAssignmentRepresentation body) {
    return TeamAssignmentRepresentation.from(accounts.reassign(id, body.toAssignment()));
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Create or replace the account with this id; repeating it changes nothing")
  @ApiResponse(
      responseCode = "200",
      description = "Replaced, or already so",
      content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
  public Response put(
      @PathParam("id") @Pattern(regexp = Account.ID_PATTERN) String id,
      @NotNull @Valid AccountRepresentation body,
      @Context UriInfo uriInfo,
      @Context SecurityContext caller) {
    if (!id.equals(body.id())) {
      throw new InvalidFieldException("id", "must equal the id in the path, '" + id + "'");
    }
    Account account = body.toAccount();
    requireMayAssign(caller, id, body.assignment());
    var outcome = accounts.put(account, body.assignment());
    return answer(outcome, account, uriInfo.getAbsolutePath());
  }

  @POST
  @Operation(
      summary = "Create an account under the id in the body; the same body again changes nothing")
  @ApiResponse(
      responseCode = "200",
      description = "This account already exists, identical",
      content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
  @ApiResponse(
      responseCode = "409",
      description = "An account with this id exists with other content")
  public Response create(
      @NotNull @Valid AccountRepresentation body,
      @Context UriInfo uriInfo,
      @Context SecurityContext caller) {
    Account account = body.toAccount();
    requireMayAssign(caller, account.id(), body.assignment());
    var outcome = accounts.create(account, body.assignment());
    return answer(
        outcome, account, Locations.below(uriInfo.getAbsolutePathBuilder(), account.id()));
  }

  /**
   * The CRM, managers and admins give accounts to teams and owners; a CSM may only repeat what is
   * stored.
   */
  private void requireMayAssign(SecurityContext caller, String id, Assignment assignment) {
    if (caller.isUserInRole(ApiRoles.MANAGER)
        || caller.isUserInRole(ApiRoles.ADMIN)
        || caller.isUserInRole(ApiRoles.INTEGRATION)) {
      return;
    }
    Ownership stored = accounts.ownership(id);
    if ((assignment.team() != null && !assignment.team().equals(stored.team()))
        || (assignment.owner() != null && !assignment.owner().equals(stored.owner()))) {
      throw new ForbiddenException("Only a manager gives an account to another team or owner");
    }
  }

  private Response answer(AccountService.Outcome outcome, Account account, URI location) {
    var entity = AccountRepresentation.from(account, accounts.ownership(account.id()));
    return outcome == AccountService.Outcome.CREATED
        ? Response.created(location).entity(entity).build()
        : Response.ok(entity).build();
  }
}
