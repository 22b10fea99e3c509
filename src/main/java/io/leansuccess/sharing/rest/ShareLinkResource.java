package io.leansuccess.sharing.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.sharing.ShareLink;
import io.leansuccess.sharing.ShareLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An account's share links: the customer's own view (QBRs, success plan, success stories, progress
 * dashboard) without a login. The CS team's work: no integration creates or sees one.
 */
@Component
@Path("/accounts/{accountId}/share-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN})
@Tag(name = "Share links")
public class ShareLinkResource {

  /** Where the shared view lives, beside /api: {@code /shared/{accountId}/{token}}. */
  public static final String SHARED_PATH = "shared";

  private final ShareLinks links;
  private final Clock clock;

  public ShareLinkResource(ShareLinks links, Clock clock) {
    this.links = links;
    this.clock = clock;
  }

  @GET
  @Operation(summary = "The account's share links, newest first, with who made them and each view")
  public List<ShareLinkRepresentation> list(
      @PathParam("accountId") String accountId, @Context UriInfo uriInfo) {
    return links.ofAccount(accountId).stream()
        .map(link -> represent(link, links.tokenOf(link), uriInfo))
        .toList();
  }

  @POST
  @Operation(summary = "Create a link that shows the account's view to the customer, no login")
  @ApiResponse(
      responseCode = "201",
      description = "Created; its url opens the shared view",
      content = @Content(schema = @Schema(implementation = ShareLinkRepresentation.class)))
  public Response create(
      @PathParam("accountId") String accountId,
      @Valid ShareLinkRequest body,
      @Context SecurityContext security,
      @Context UriInfo uriInfo) {
    var created =
        links.create(
            accountId,
            body == null ? null : body.validForDays(),
            security.getUserPrincipal().getName());
    return Response.created(
            Locations.below(uriInfo.getAbsolutePathBuilder(), created.link().id().toString()))
        .entity(represent(created.link(), created.token(), uriInfo))
        .build();
  }

  @DELETE
  @Path("/{linkId}")
  @Operation(summary = "Revoke the link: it answers 404 from now on; it stays listed as revoked")
  @ApiResponse(responseCode = "204", description = "Revoked, or already so")
  public Response revoke(
      @PathParam("accountId") String accountId,
      @PathParam("linkId") String linkId,
      @Context SecurityContext security) {
    links.revoke(accountId, uuid(linkId), security.getUserPrincipal().getName());
    return Response.noContent().build();
  }

  private ShareLinkRepresentation represent(ShareLink link, String token, UriInfo uriInfo) {
    return ShareLinkRepresentation.from(
        link, url(uriInfo, link.accountId(), token), clock.instant());
  }

  /** The API lives under {@code <context>/api/v1/}; the shared view beside it. */
  static URI url(UriInfo uriInfo, String accountId, String token) {
    URI root = uriInfo.getBaseUri().resolve("../../");
    return Locations.below(
        jakarta.ws.rs.core.UriBuilder.fromUri(root).path(SHARED_PATH), accountId, token);
  }

  private static UUID uuid(String linkId) {
    try {
      return UUID.fromString(linkId);
    } catch (IllegalArgumentException e) {
      throw new ResourceNotFoundException("share link", linkId);
    }
  }
}
