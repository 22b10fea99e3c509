package io.leansuccess.health.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.health.HealthEvaluationService;
import io.leansuccess.health.HealthEvaluationService.Chunk;
import io.leansuccess.health.HealthProperties;
import org.springframework.stereotype.Component;

/** {@code Task_EvaluateDueChunk}: the next chunk of accounts with signals not yet evaluated. */
@Component("evaluateDueHealthChunk")
public class EvaluateDueHealthChunkDelegate extends HealthChunkDelegate
    implements EvaluatesDecision {

  private final HealthEvaluationService health;

  public EvaluateDueHealthChunkDelegate(HealthEvaluationService health, HealthProperties settings) {
    super(settings, "due");
    this.health = health;
  }

  @Override
  Chunk next(String afterAccountId, int size) {
    return health.evaluateDueAfter(afterAccountId, size);
  }

  @Override
  public String decisionName() {
    return HealthEvaluationService.DECISION;
  }
}
