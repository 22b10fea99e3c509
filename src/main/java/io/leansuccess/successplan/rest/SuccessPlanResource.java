package io.leansuccess.successplan.rest;

import io.leansuccess.account.AccountService;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.successplan.SuccessPlan;
import io.leansuccess.successplan.SuccessPlanPages;
import io.leansuccess.successplan.SuccessPlanService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An account's success plan, latest or by version, as JSON for integrations, as a page to read or
 * print, or as PDF to send. One method per path serves all three, so the OpenAPI document lists one
 * operation with three media types; without an Accept header the answer is JSON.
 */
@Component
@Path("/accounts/{accountId}/success-plan")
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Success plans")
public class SuccessPlanResource {

  private static final MediaType PDF = new MediaType("application", "pdf");

  /** In our order of preference: a client that accepts anything gets JSON. */
  private static final List<MediaType> OFFERED =
      List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE, PDF);

  private final SuccessPlanService plans;
  private final SuccessPlanPages pages;
  private final AccountService accounts;
  private final ApiProperties properties;

  public SuccessPlanResource(
      SuccessPlanService plans,
      SuccessPlanPages pages,
      AccountService accounts,
      ApiProperties properties) {
    this.plans = plans;
    this.pages = pages;
    this.accounts = accounts;
    this.properties = properties;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf"})
  @Operation(
      summary =
          "The account's latest success plan: JSON, a printable page or PDF, as the Accept header asks")
  @ApiResponse(
      responseCode = "200",
      description = "The latest version",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SuccessPlanRepresentation.class)),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary"))
      })
  public Response latest(@PathParam("accountId") String accountId, @Context HttpHeaders headers) {
    return render(latestOf(accountId), headers);
  }

  @GET
  @Path("/versions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The plan's versions, newest first, without their content")
  public Page<SuccessPlanRepresentation.Version> versions(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    accounts.require(accountId);
    int size = properties.pageSize(limit);
    var items =
        plans.versions(accountId, size, offset).stream()
            .map(SuccessPlanRepresentation.Version::from)
            .toList();
    return new Page<>(items, size, offset, plans.countVersions(accountId));
  }

  @GET
  @Path("/versions/{version}")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf"})
  @Operation(
      summary =
          "One version of the success plan: JSON, a printable page or PDF, as the Accept header asks")
  @ApiResponse(
      responseCode = "200",
      description = "That version",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SuccessPlanRepresentation.class)),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary"))
      })
  public Response version(
      @PathParam("accountId") String accountId,
      @PathParam("version") int version,
      @Context HttpHeaders headers) {
    return render(versionOf(accountId, version), headers);
  }

  private Response render(SuccessPlan plan, HttpHeaders headers) {
    MediaType type = negotiated(headers);
    if (type.equals(MediaType.TEXT_HTML_TYPE)) {
      return Response.ok(pages.html(plan), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
    if (type.equals(PDF)) {
      String file =
          "success-plan-" + plan.version().accountId() + "-v" + plan.version().version() + ".pdf";
      return Response.ok(pages.pdf(plan), PDF)
          .header("Content-Disposition", "inline; filename=\"" + file + "\"")
          .build();
    }
    return Response.ok(SuccessPlanRepresentation.from(plan), MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /**
   * The first of our types that the client's most wanted acceptable type admits. Jersey's own
   * variant selection breaks ties its own way; a client that sends no Accept must get JSON.
   */
  private static MediaType negotiated(HttpHeaders headers) {
    for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
      for (MediaType offered : OFFERED) {
        if (acceptable.isCompatible(offered)) {
          return offered;
        }
      }
    }
    return MediaType.APPLICATION_JSON_TYPE;
  }

  private SuccessPlan latestOf(String accountId) {
    accounts.require(accountId);
    return plans
        .latest(accountId)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "Account '"
                        + accountId
                        + "' has no success plan yet; it is made when a contract is signed"));
  }

  private SuccessPlan versionOf(String accountId, int version) {
    accounts.require(accountId);
    return plans
        .version(accountId, version)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "Account '" + accountId + "' has no success plan version " + version));
  }
}
