package io.leansuccess.usecase;

import java.util.Set;

/** What the CSM answered about the use case for the three shortlisting criteria groups. */
public record ShortlistingAnswers(
    boolean touchesCoreOperations,
    Set<ScorecardPerspective> perspectives,
    boolean valueQuantifiable,
    boolean resourcesAvailable,
    boolean stakeholdersIdentified) {

  public ShortlistingAnswers {
    perspectives = perspectives == null ? Set.of() : Set.copyOf(perspectives);
  }
}
