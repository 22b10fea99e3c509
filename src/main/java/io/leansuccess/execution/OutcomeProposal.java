package io.leansuccess.execution;

import io.leansuccess.usecase.Outcome;

/** What the outcome rules propose for a use case; a CSM confirms or overrides it. */
public record OutcomeProposal(String useCaseId, Outcome outcome) {

  public static OutcomeProposal adopt(String useCaseId) {
    return new OutcomeProposal(useCaseId, Outcome.ADOPT);
  }

  public static OutcomeProposal iterate(String useCaseId) {
    return new OutcomeProposal(useCaseId, Outcome.ITERATE);
  }

  public static OutcomeProposal discard(String useCaseId) {
    return new OutcomeProposal(useCaseId, Outcome.DISCARD);
  }
}
