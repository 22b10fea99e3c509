package io.leansuccess.usecase;

/** A use case selected for the cycle, with its rank (1 is the first slot). */
public record Selection(String useCaseId, int rank) {}
