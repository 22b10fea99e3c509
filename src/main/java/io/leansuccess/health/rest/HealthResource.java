package io.leansuccess.health.rest;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Page;
import io.leansuccess.api.Reasoning;
import io.leansuccess.health.HealthRepository;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * An account's health for CSMs, CS leaders and pages: the colour now, why, and how it came to be.
 */
@Component
@Path("/accounts/{accountId}/health")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.CSM, ApiRoles.MANAGER, ApiRoles.ADMIN, ApiRoles.INTEGRATION_CRM})
@Tag(name = "Health")
public class HealthResource {

  private final AccountRepository accounts;
  private final HealthRepository health;
  private final ApiProperties properties;

  public HealthResource(
      AccountRepository accounts, HealthRepository health, ApiProperties properties) {
    this.accounts = accounts;
    this.health = health;
    this.properties = properties;
  }

  @GET
  @Operation(
      summary =
          "The account's current health with its warning signs and rules, and its history, newest first")
  public HealthRepresentation get(
      @PathParam("accountId") String accountId,
      @QueryParam("limit") @Min(1) Integer limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
      @Context SecurityContext security) {
    accounts.require(accountId);
    int size = properties.pageSize(limit);
    var state = health.state(accountId).filter(s -> s.evaluationId() != null);
    var current = health.current(accountId).map(HealthRepresentation.Evaluation::from);
    var history =
        health.history(accountId, size, offset).stream()
            .map(HealthRepresentation.Evaluation::from)
            .toList();
    return Reasoning.of(
        security,
        new HealthRepresentation(
            accountId,
            current.orElse(null),
            state.map(HealthRepository.State::escalated).orElse(false),
            state.map(HealthRepository.State::greenStreak).orElse(0),
            new Page<>(history, size, offset, health.countHistory(accountId))),
        HealthRepresentation::withoutReasoning);
  }
}
