package io.leansuccess.cycle;

import java.time.Instant;
import java.util.List;

/**
 * An open user task of a cycle's process or of one of its use-case executions: who should do what,
 * by when.
 *
 * @param useCaseId the use case whose execution the task belongs to; null for the cycle's own tasks
 */
public record CycleTask(
    String id,
    String name,
    String taskDefinitionKey,
    String processInstanceId,
    String useCaseId,
    Instant createdAt,
    Instant due,
    String assignee,
    List<String> candidateGroups) {

  public CycleTask {
    candidateGroups = List.copyOf(candidateGroups);
  }
}
