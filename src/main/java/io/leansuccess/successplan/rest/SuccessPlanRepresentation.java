package io.leansuccess.successplan.rest;

import io.leansuccess.successplan.SuccessPlan;
import io.leansuccess.successplan.SuccessPlanDocument;
import io.leansuccess.successplan.SuccessPlanVersion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A success plan version as JSON: the version's record, then the plan itself. */
@Schema(name = "SuccessPlan")
public record SuccessPlanRepresentation(
    String accountId,
    int version,
    String reason,
    String contractId,
    Instant generatedAt,
    Instant sentAt,
    String sentBy,
    SuccessPlanDocument plan) {

  static SuccessPlanRepresentation from(SuccessPlan successPlan) {
    SuccessPlanVersion version = successPlan.version();
    return new SuccessPlanRepresentation(
        version.accountId(),
        version.version(),
        version.reason().name(),
        version.contractId(),
        version.generatedAt(),
        version.sentAt(),
        version.sentBy(),
        successPlan.document());
  }

  /** A version without its content, for the list of versions. */
  @Schema(name = "SuccessPlanVersion")
  public record Version(
      int version,
      String reason,
      String contractId,
      Instant generatedAt,
      Instant sentAt,
      String sentBy) {

    static Version from(SuccessPlanVersion version) {
      return new Version(
          version.version(),
          version.reason().name(),
          version.contractId(),
          version.generatedAt(),
          version.sentAt(),
          version.sentBy());
    }
  }
}
