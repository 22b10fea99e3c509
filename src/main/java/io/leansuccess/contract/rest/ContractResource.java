package io.leansuccess.contract.rest;

import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.contract.ContractReceiver;
import io.leansuccess.contract.ContractService;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The CRM's door: a signed contract starts the account's onboarding, or updates the account. */
@Component
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Contracts")
public class ContractResource {

  private final ContractReceiver receiver;
  private final ContractService contracts;

  public ContractResource(ContractReceiver receiver, ContractService contracts) {
    this.receiver = receiver;
    this.contracts = contracts;
  }

  @POST
  @Operation(
      summary =
          "A signed contract: creates or updates its account; the first one starts the onboarding"
              + " and the success plan, a renewal or an amendment makes a new plan version; the same body again changes nothing")
  @ApiResponse(
      responseCode = "201",
      description = "A new contract",
      content = @Content(schema = @Schema(implementation = ContractReceipt.class)))
  @ApiResponse(
      responseCode = "200",
      description = "Amended, or received before exactly so",
      content = @Content(schema = @Schema(implementation = ContractReceipt.class)))
  @ApiResponse(responseCode = "409", description = "The contract id belongs to another account")
  public Response receive(@NotNull @Valid ContractRepresentation body, @Context UriInfo uriInfo) {
    requireUniqueSegmentKeys(body);
    var received = receiver.receive(body.toContract(), body.owners());
    var receipt = ContractReceipt.from(received.received());
    return received.outcome() == ContractService.Outcome.RECEIVED
        ? Response.created(Locations.below(uriInfo.getAbsolutePathBuilder(), receipt.contractId()))
            .entity(receipt)
            .build()
        : Response.ok(receipt).build();
  }

  @GET
  @Path("/{contractId}")
  @Operation(summary = "A contract as last received, with its revision")
  public ContractReceipt get(@PathParam("contractId") String contractId) {
    return contracts
        .find(contractId)
        .map(ContractReceipt::from)
        .orElseThrow(() -> new ResourceNotFoundException("contract", contractId));
  }

  private static void requireUniqueSegmentKeys(ContractRepresentation body) {
    if (body.segments() == null) {
      return;
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < body.segments().size(); i++) {
      if (!keys.add(body.segments().get(i).key())) {
        throw new InvalidFieldException(
            "segments[" + i + "].key",
            "is the key of an earlier segment; segment keys must be unique");
      }
    }
  }
}
