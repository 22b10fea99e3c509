package io.leansuccess.cycle;

import io.leansuccess.usecase.Outcome;
import java.util.List;

/** The outcome the rules propose for a use case, with the rules that said so and the stored decision. */
public record ProposedOutcome(Outcome outcome, List<String> firedRules, String decisionId) {}
