package io.leansuccess.cycle;

import io.leansuccess.account.AccountRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vision and objectives of an account's year: set in the first cycle of the year, confirmed in
 * the others. Writing the stored vision again changes nothing, so integrations can retry.
 */
@Service
public class VisionService {

  /** What a write did, which the API turns into 201 or 200. */
  public enum Outcome {
    CREATED,
    REPLACED,
    UNCHANGED
  }

  private final VisionRepository visions;
  private final AccountRepository accounts;
  private final Clock clock;

  public VisionService(VisionRepository visions, AccountRepository accounts, Clock clock) {
    this.visions = visions;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Transactional
  public Outcome put(Vision vision) {
    accounts.require(vision.accountId());
    Optional<Vision> stored = visions.find(vision.accountId(), vision.year());
    if (stored.isPresent() && stored.get().equals(vision)) {
      return Outcome.UNCHANGED;
    }
    visions.save(vision, clock.instant());
    return stored.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
  }

  /** The vision of the year; empty when none was set, a 404 when the account is unknown. */
  public Optional<Vision> find(String accountId, int year) {
    accounts.require(accountId);
    return visions.find(accountId, year);
  }
}
