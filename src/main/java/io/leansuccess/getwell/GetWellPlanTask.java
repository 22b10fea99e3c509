package io.leansuccess.getwell;

import java.time.Instant;
import java.util.List;

/** An open user task of a get-well plan: who should do what, by when. */
public record GetWellPlanTask(
    String id,
    String name,
    String taskDefinitionKey,
    Instant createdAt,
    Instant due,
    String assignee,
    List<String> candidateGroups) {

  public GetWellPlanTask {
    candidateGroups = List.copyOf(candidateGroups);
  }
}
