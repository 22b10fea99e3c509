package io.leansuccess.signal.rest;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Locations;
import io.leansuccess.shared.OutOfScopeException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalRepository;
import io.leansuccess.signal.SignalService;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.springframework.stereotype.Component;

/**
 * Signals from integrations (product analytics, survey tools), which may deliver an event more than
 * once.
 */
@Component
@Path("/accounts/{accountId}/signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ApiRoles.CSM,
  ApiRoles.MANAGER,
  ApiRoles.ADMIN,
  ApiRoles.INTEGRATION_CRM,
  ApiRoles.INTEGRATION_ANALYTICS,
  ApiRoles.INTEGRATION_BILLING,
  ApiRoles.INTEGRATION_SURVEYS,
  ApiRoles.INTEGRATION_TICKETING
})
@Tag(name = "Signals")
public class SignalResource {

  private final SignalService signals;
  private final SignalRepository repository;
  private final AccountRepository accounts;

  public SignalResource(
      SignalService signals, SignalRepository repository, AccountRepository accounts) {
    this.signals = signals;
    this.repository = repository;
    this.accounts = accounts;
  }

  @POST
  @Operation(summary = "Receive one signal of the account; the same event again changes nothing")
  @ApiResponse(
      responseCode = "201",
      description = "Stored",
      content = @Content(schema = @Schema(implementation = SignalRepresentation.class)))
  @ApiResponse(
      responseCode = "200",
      description = "This event was received before, identical",
      content = @Content(schema = @Schema(implementation = SignalRepresentation.class)))
  @ApiResponse(
      responseCode = "409",
      description = "This event id was received before with another payload")
  public Response receive(
      @PathParam("accountId") String accountId,
      @NotNull @Valid SignalRepresentation body,
      @Context UriInfo uriInfo,
      @Context SecurityContext security) {
    Signal signal = body.toSignal(accountId);
    if (!ApiRoles.holds(security, SignalSenders.scopeOf(signal.kind()))) {
      throw new OutOfScopeException("kind", SignalSenders.refusal(signal.kind()));
    }
    var entity = SignalRepresentation.from(signal);
    return signals.receive(signal)
        ? Response.created(Locations.below(uriInfo.getAbsolutePathBuilder(), signal.eventId()))
            .entity(entity)
            .build()
        : Response.ok(entity).build();
  }

  @GET
  @Path("/{eventId}")
  @Operation(summary = "One signal of the account, by the sender's event id")
  public SignalRepresentation get(
      @PathParam("accountId") String accountId,
      @PathParam("eventId") String eventId,
      @Context SecurityContext security) {
    accounts.require(accountId);
    return repository
        .find(eventId)
        .filter(signal -> signal.accountId().equals(accountId))
        // another integration's signal is not this one's to read
        .filter(signal -> ApiRoles.holds(security, SignalSenders.scopeOf(signal.kind())))
        .map(SignalRepresentation::from)
        .orElseThrow(
            () -> new ResourceNotFoundException("signal of account '" + accountId + "'", eventId));
  }
}
