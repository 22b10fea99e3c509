package io.leansuccess.retention;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the product's expired records, a batch per table per call, in one transaction: a run is
 * as many calls as it takes, and a call that runs again after a crash finds less to delete.
 */
@Service
public class RetentionService {

  /**
   * What one batch deleted.
   *
   * @param more whether a table gave a full batch, so that more may be expired
   */
  public record Batch(int healthHistory, int decisions, int signals, int shareLinks, boolean more) {
    public int total() {
      return healthHistory + decisions + signals + shareLinks;
    }
  }

  private final RetentionRepository repository;
  private final RetentionProperties settings;
  private final Clock clock;

  public RetentionService(
      RetentionRepository repository, RetentionProperties settings, Clock clock) {
    this.repository = repository;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  public Batch deleteNextBatch() {
    Instant now = clock.instant();
    int size = settings.getBatchSize();
    // health rows first: the decisions only they explained are then free to go in the same run
    int healthHistory =
        repository.deleteHealthHistoryBefore(now.minus(settings.getHealthHistory()), size);
    int decisions = repository.deleteDecisionsBefore(now.minus(settings.getDecisions()), size);
    int signals = repository.deleteSignalsBefore(now.minus(settings.getSignals()), size);
    int shareLinks =
        repository.deleteShareLinksEndedBefore(now.minus(settings.getShareLinks()), size);
    return new Batch(
        healthHistory,
        decisions,
        signals,
        shareLinks,
        healthHistory == size || decisions == size || signals == size || shareLinks == size);
  }
}
