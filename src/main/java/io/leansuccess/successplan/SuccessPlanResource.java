package io.leansuccess.successplan;

import io.leansuccess.account.AccountService;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.api.ResourceNotFoundException;
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
import jakarta.ws.rs.core.Response;
import org.springframework.stereotype.Component;

/**
 * An account's success plan, latest or by version, as JSON for integrations, as a page to read or
 * print, or as PDF to send. Without an Accept header the answer is JSON (highest {@code qs}).
 */
@Component
@Path("/accounts/{accountId}/success-plan")
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Success plans")
public class SuccessPlanResource {

  static final String JSON = MediaType.APPLICATION_JSON + ";qs=1";
  static final String HTML = MediaType.TEXT_HTML + ";qs=0.9";
  static final String PDF = "application/pdf;qs=0.8";

  private final SuccessPlanService plans;
  private final SuccessPlanPages pages;
  private final AccountService accounts;
  private final ApiProperties properties;

  public SuccessPlanResource(SuccessPlanService plans, SuccessPlanPages pages, AccountService accounts,
      ApiProperties properties) {
    this.plans = plans;
    this.pages = pages;
    this.accounts = accounts;
    this.properties = properties;
  }

  @GET
  @Produces(JSON)
  @Operation(summary = "The account's latest success plan")
  public SuccessPlanRepresentation latest(@PathParam("accountId") String accountId) {
    return SuccessPlanRepresentation.from(latestOf(accountId));
  }

  @GET
  @Produces(HTML)
  @Operation(summary = "The account's latest success plan as a printable page")
  public String latestPage(@PathParam("accountId") String accountId) {
    return pages.html(latestOf(accountId));
  }

  @GET
  @Produces(PDF)
  @Operation(summary = "The account's latest success plan as PDF")
  public Response latestPdf(@PathParam("accountId") String accountId) {
    return pdf(latestOf(accountId));
  }

  @GET
  @Path("/versions")
  @Produces(JSON)
  @Operation(summary = "The plan's versions, newest first, without their content")
  public Page<SuccessPlanRepresentation.Version> versions(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    requireAccount(accountId);
    int size = properties.pageSize(limit);
    var items = plans.versions(accountId, size, offset).stream().map(SuccessPlanRepresentation.Version::from).toList();
    return new Page<>(items, size, offset, plans.countVersions(accountId));
  }

  @GET
  @Path("/versions/{version}")
  @Produces(JSON)
  @Operation(summary = "One version of the success plan")
  public SuccessPlanRepresentation version(@PathParam("accountId") String accountId,
      @PathParam("version") int version) {
    return SuccessPlanRepresentation.from(versionOf(accountId, version));
  }

  @GET
  @Path("/versions/{version}")
  @Produces(HTML)
  @Operation(summary = "One version of the success plan as a printable page")
  public String versionPage(@PathParam("accountId") String accountId, @PathParam("version") int version) {
    return pages.html(versionOf(accountId, version));
  }

  @GET
  @Path("/versions/{version}")
  @Produces(PDF)
  @Operation(summary = "One version of the success plan as PDF")
  public Response versionPdf(@PathParam("accountId") String accountId, @PathParam("version") int version) {
    return pdf(versionOf(accountId, version));
  }

  private SuccessPlan latestOf(String accountId) {
    requireAccount(accountId);
    return plans.latest(accountId).orElseThrow(() -> new ResourceNotFoundException(
        "Account '" + accountId + "' has no success plan yet; it is made when a contract is signed"));
  }

  private SuccessPlan versionOf(String accountId, int version) {
    requireAccount(accountId);
    return plans.version(accountId, version).orElseThrow(() -> new ResourceNotFoundException(
        "Account '" + accountId + "' has no success plan version " + version));
  }

  private void requireAccount(String accountId) {
    if (accounts.find(accountId).isEmpty()) {
      throw new ResourceNotFoundException("account", accountId);
    }
  }

  private Response pdf(SuccessPlan plan) {
    String file = "success-plan-" + plan.version().accountId() + "-v" + plan.version().version() + ".pdf";
    return Response.ok(pages.pdf(plan), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + file + "\"").build();
  }
}
