package io.leansuccess.usecase;

/** The one-page use-case template, besides its KPIs. */
public record UseCaseTemplate(
    String challengesAndObjectives,
    String expectedOutcomes,
    String workflow,
    String successFactors) {}
