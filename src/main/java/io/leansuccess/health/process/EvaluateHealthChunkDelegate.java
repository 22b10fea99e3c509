package io.leansuccess.health.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.health.HealthEvaluationService;
import io.leansuccess.health.HealthEvaluationService.Chunk;
import io.leansuccess.health.HealthProperties;
import org.springframework.stereotype.Component;

/** {@code Task_EvaluateChunk}: the nightly run's next chunk of all accounts. */
@Component("evaluateHealthChunk")
public class EvaluateHealthChunkDelegate extends HealthChunkDelegate implements EvaluatesDecision {

  private final HealthEvaluationService health;

  public EvaluateHealthChunkDelegate(HealthEvaluationService health, HealthProperties settings) {
    super(settings, "nightly");
    this.health = health;
  }

  @Override
  Chunk next(String afterAccountId, int size) {
    return health.evaluateAccountsAfter(afterAccountId, size);
  }

  @Override
  public String decisionName() {
    return HealthEvaluationService.DECISION;
  }
}
