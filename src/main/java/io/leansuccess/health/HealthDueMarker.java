package io.leansuccess.health;

import io.leansuccess.signal.SignalsStored;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * New signals make their accounts due for an evaluation, in the transaction that stores them: a
 * batch that rolls back marks nothing. Marking is idempotent, so 100 signals for one account make
 * one mark and, shortly after, one evaluation (the due run of {@code HealthEvaluationProcess}).
 */
@Component
public class HealthDueMarker {

  private final HealthDueRepository due;
  private final Clock clock;

  public HealthDueMarker(HealthDueRepository due, Clock clock) {
    this.due = due;
    this.clock = clock;
  }

  @EventListener
  public void on(SignalsStored stored) {
    due.mark(stored.accountIds(), clock.instant());
  }
}
