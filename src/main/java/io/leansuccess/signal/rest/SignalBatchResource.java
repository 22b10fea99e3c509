package io.leansuccess.signal.rest;

import io.leansuccess.api.ApiProperties;
import io.leansuccess.api.ApiRoles;
import io.leansuccess.api.Problem;
import io.leansuccess.shared.TooManyItemsException;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalReceipt;
import io.leansuccess.signal.SignalService;
import io.leansuccess.signal.rest.SignalBatchRepresentation.ItemResult;
import io.leansuccess.signal.rest.SignalBatchRepresentation.Request;
import io.leansuccess.signal.rest.SignalBatchRepresentation.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Many signals for many accounts in one request, as a billing or analytics system sends its
 * backlog. Each item stands on its own: the valid ones are stored, each invalid one is rejected
 * with a problem naming its field from the body's root ({@code items[3].value}), and the answer
 * lists every item's fate in order. 200 when every item was stored or was a repeat; 207 when any
 * was rejected, so a client that only checks "2xx" still sees that it must look.
 */
@Component
@Path("/signal-batches")
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
public class SignalBatchResource {

  static final int MULTI_STATUS = 207;

  private final SignalService signals;
  private final Validator validator;
  private final ApiProperties properties;

  public SignalBatchResource(SignalService signals, Validator validator, ApiProperties properties) {
    this.signals = signals;
    this.validator = validator;
    this.properties = properties;
  }

  @POST
  @Operation(
      summary =
          "Receive signals of any accounts, each item on its own; the same event again changes nothing")
  @ApiResponse(
      responseCode = "200",
      description = "Every item was stored now or was stored before, identical",
      content = @Content(schema = @Schema(implementation = Result.class)))
  @ApiResponse(
      responseCode = "207",
      description = "Some items were rejected, each with its problem; the others were taken",
      content = @Content(schema = @Schema(implementation = Result.class)))
  @ApiResponse(
      responseCode = "413",
      description = "More items than lean-success.api.max-signals-per-batch; none taken")
  public Response receive(@NotNull @Valid Request body, @Context SecurityContext security) {
    if (body.items().size() > properties.getMaxSignalsPerBatch()) {
      throw new TooManyItemsException(body.items().size(), properties.getMaxSignalsPerBatch());
    }
    List<ItemResult> results = new ArrayList<>(body.items().size());
    List<Integer> positions = new ArrayList<>();
    List<Signal> wellFormed = new ArrayList<>();
    for (int i = 0; i < body.items().size(); i++) {
      var item = body.items().get(i);
      Set<ConstraintViolation<SignalBatchRepresentation.Item>> violations =
          validator.validate(item);
      if (violations.isEmpty()
          && !ApiRoles.holds(security, SignalSenders.scopeOf(item.toSignal().kind()))) {
        results.add(outOfScope(i, item.eventId(), SignalSenders.refusal(item.toSignal().kind())));
      } else if (violations.isEmpty()) {
        results.add(null);
        positions.add(i);
        wellFormed.add(item.toSignal());
      } else {
        results.add(rejected(i, item.eventId(), invalid(violations)));
      }
    }
    List<SignalReceipt> receipts = signals.receiveAll(wellFormed);
    for (int n = 0; n < receipts.size(); n++) {
      int i = positions.get(n);
      results.set(i, result(i, wellFormed.get(n).eventId(), receipts.get(n)));
    }
    Result result = Result.of(results);
    return Response.status(result.rejected() == 0 ? Status.OK.getStatusCode() : MULTI_STATUS)
        .entity(result)
        .build();
  }

  private static SignalReceipt.Rejection invalid(
      Set<ConstraintViolation<SignalBatchRepresentation.Item>> violations) {
    Map<String, String> fields = new LinkedHashMap<>();
    violations.stream()
        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
        .forEach(
            v ->
                fields.merge(
                    v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
    return new SignalReceipt.Rejection(
        SignalReceipt.Reason.INVALID,
        "Invalid values in " + String.join(", ", fields.keySet()),
        fields);
  }

  private static ItemResult result(int index, String eventId, SignalReceipt receipt) {
    return receipt.accepted()
        ? new ItemResult(index, eventId, receipt.status(), null)
        : rejected(index, eventId, receipt.rejection());
  }

  private static ItemResult outOfScope(int index, String eventId, String refusal) {
    String field = "items[" + index + "].kind";
    Problem problem =
        Problem.of(Status.FORBIDDEN, refusal)
            .withType(Problem.OUT_OF_SCOPE, "Outside the caller's scopes")
            .withErrors(List.of(new Problem.InvalidField(field, refusal)));
    return new ItemResult(index, eventId, SignalReceipt.Status.REJECTED, problem);
  }

  private static ItemResult rejected(int index, String eventId, SignalReceipt.Rejection rejection) {
    String prefix = "items[" + index + "].";
    Status status =
        switch (rejection.reason()) {
          case INVALID -> Status.BAD_REQUEST;
          case UNKNOWN_ACCOUNT -> Status.NOT_FOUND;
          case CONFLICT -> Status.CONFLICT;
        };
    List<String> fields =
        rejection.fields().keySet().stream().map(field -> prefix + field).toList();
    String detail =
        rejection.reason() == SignalReceipt.Reason.INVALID
            ? "Invalid values in " + String.join(", ", fields)
            : rejection.detail();
    Problem problem = Problem.of(status, detail);
    problem =
        switch (rejection.reason()) {
          case INVALID -> problem.withType(Problem.INVALID_REQUEST, "Invalid request");
          case CONFLICT -> problem.withType(Problem.CONFLICT, "Conflict with the stored state");
          case UNKNOWN_ACCOUNT -> problem;
        };
    if (!rejection.fields().isEmpty()) {
      problem =
          problem.withErrors(
              rejection.fields().entrySet().stream()
                  .map(field -> new Problem.InvalidField(prefix + field.getKey(), field.getValue()))
                  .toList());
    }
    return new ItemResult(index, eventId, SignalReceipt.Status.REJECTED, problem);
  }
}
