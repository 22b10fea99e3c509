package io.leansuccess.library.rest;

import io.leansuccess.account.SegmentKind;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.library.LibraryQuery;
import io.leansuccess.library.UseCaseLibrary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * The use-case library: adopted use cases with a shared story, across accounts. The CS team sees
 * the internal entries of the accounts in its view and every anonymised one; the CRM only the
 * anonymised ones (it may show social proof to customers), the signal scopes nothing.
 */
@Component
@Path("/use-case-library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Use-case library")
public class LibraryResource {

  static final String TEXT = "[^\\p{Cntrl}]*";

  private final UseCaseLibrary library;
  private final ApiProperties properties;

  public LibraryResource(UseCaseLibrary library, ApiProperties properties) {
    this.library = library;
    this.properties = properties;
  }

  @GET
  @Operation(summary = "Search the library, the latest shared first")
  public Page<LibraryEntryView> search(
      @Parameter(description = "The account's industry, whole, any case")
          @QueryParam("industry")
          @Size(min = 1, max = 255)
          @Pattern(regexp = TEXT)
          String industry,
      @QueryParam("segmentKind") SegmentKind segmentKind,
      @Parameter(description = "A part of the workflow text, any case")
          @QueryParam("workflow")
          @Size(min = 1, max = 255)
          @Pattern(regexp = TEXT)
          String workflow,
      @Parameter(description = "A part of a KPI's name, any case")
          @QueryParam("kpi")
          @Size(min = 1, max = 255)
          @Pattern(regexp = TEXT)
          String kpi,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
      @Context SecurityContext security) {
    int pageSize = properties.pageSize(limit);
    var found =
        library.search(
            new LibraryQuery(industry, segmentKind, workflow, kpi, pageSize, offset),
            reader(security));
    return new Page<>(
        found.entries().stream().map(LibraryEntryView::from).toList(),
        pageSize,
        offset,
        found.total());
  }

  @GET
  @Path("{entryId}")
  @Operation(summary = "One library entry")
  public LibraryEntryView entry(
      @PathParam("entryId") String entryId, @Context SecurityContext security) {
    return LibraryEntryView.from(library.find(entryId, reader(security)));
  }

  static UseCaseLibrary.Reader reader(SecurityContext security) {
    return ApiRoles.csTeam(security)
        ? UseCaseLibrary.Reader.CS_TEAM
        : UseCaseLibrary.Reader.INTEGRATION;
  }
}
