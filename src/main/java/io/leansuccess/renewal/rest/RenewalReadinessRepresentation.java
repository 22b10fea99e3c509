package io.leansuccess.renewal.rest;

import io.leansuccess.renewal.BriefAnswer;
import io.leansuccess.renewal.RenewalBrief;
import io.leansuccess.renewal.RenewalReadiness;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A renewal's readiness as the API shows it: the brief, the rules' verdict and the decision. */
@Schema(name = "RenewalReadiness")
public record RenewalReadinessRepresentation(
    String id,
    String accountId,
    LocalDate renewalDate,
    String processInstanceId,
    Instant openedAt,
    @Schema(description = "Null while open") Instant closedAt,
    @Schema(description = "PREPARED or CANCELLED (the renewal moved out of reach); null while open")
        String closedAs,
    @Schema(
            description =
                "RENEWAL_READY, GET_WELL_FIRST or ANSWERS_MISSING; null until the rules judged")
        String verdict,
    @Schema(description = "The stored decision: GET /decisions/{id} has the facts and rules")
        String decisionId,
    @Schema(description = "Null until the rules judged") Brief brief) {

  @Schema(name = "RenewalBrief")
  public record Brief(
      long daysToRenewal,
      @Schema(description = "GREEN, AMBER or RED; null before the first health evaluation")
          String healthColour,
      boolean openGetWellPlan,
      @Schema(description = "The six questions in order, each answered or flagged")
          List<Answer> answers,
      @Schema(description = "The questions neither the data nor the CSM answered")
          List<String> unanswered) {}

  @Schema(name = "RenewalBriefAnswer")
  public record Answer(
      @Schema(
              description =
                  "WHO_THEY_ARE, RELATIONSHIP_HEALTH, CHALLENGES_OVERCOME, MATURITY, EXPECTED_VALUE or REASONS_TO_REINVEST")
          String question,
      String text,
      @Schema(description = "False when the data cannot answer it: answer says what is missing")
          boolean answered,
      String answer,
      @Schema(description = "True when the CSM answered it in the readiness task") boolean byCsm) {

    static Answer from(BriefAnswer answer) {
      return new Answer(
          answer.question().name(),
          answer.question().text(),
          answer.answered(),
          answer.answer(),
          answer.byCsm());
    }
  }

  static RenewalReadinessRepresentation from(RenewalReadiness readiness) {
    RenewalBrief brief = readiness.brief();
    return new RenewalReadinessRepresentation(
        readiness.id(),
        readiness.accountId(),
        readiness.renewalDate(),
        readiness.processInstanceId(),
        readiness.openedAt(),
        readiness.closedAt(),
        readiness.closedAs(),
        readiness.verdict(),
        readiness.decisionId(),
        brief == null
            ? null
            : new Brief(
                brief.daysToRenewal(),
                brief.healthColour(),
                brief.openGetWellPlan(),
                brief.answers().stream().map(Answer::from).toList(),
                brief.unanswered().stream().map(Enum::name).toList()));
  }
}
