package io.leansuccess.execution;

/** A use case at the end of its execution, as the outcome rules see it. */
public record OutcomeCandidate(String useCaseId, int iterations) {}
