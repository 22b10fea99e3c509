package io.leansuccess.signal;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.api.ConflictException;
import io.leansuccess.api.InvalidFieldException;
import io.leansuccess.api.ResourceNotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Receives signals from integrations, which retry: the same event again is accepted and changes
 * nothing, another payload under a known event id is refused rather than silently replacing
 * what the rules may already have judged.
 */
@Service
public class SignalService {

  private final SignalRepository signals;
  private final AccountRepository accounts;
  private final Clock clock;

  public SignalService(SignalRepository signals, AccountRepository accounts, Clock clock) {
    this.signals = signals;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Stores the signal once.
   *
   * @return true when it was stored now, false when this very event was stored before
   * @throws ResourceNotFoundException for an unknown account
   * @throws InvalidFieldException naming {@code segmentKey} or {@code value} when they do not fit the kind
   * @throws ConflictException when the event id is known with another payload
   */
  public boolean receive(Signal signal) {
    Account account = accounts.find(signal.accountId())
        .orElseThrow(() -> new ResourceNotFoundException("account", signal.accountId()));
    checkSegment(signal, account);
    signal.kind().problemWith(signal.value()).ifPresent(problem -> {
      throw new InvalidFieldException("value", problem);
    });
    return switch (signals.insert(signal, clock.instant())) {
      case STORED -> true;
      case REPEATED -> false;
      case CONFLICTING -> throw new ConflictException("Event '" + signal.eventId()
          + "' was received before with another payload; a new observation needs a new event id");
    };
  }

  private static void checkSegment(Signal signal, Account account) {
    String key = signal.segmentKey();
    switch (signal.kind().scope()) {
      case SEGMENT -> {
        if (key == null) {
          throw new InvalidFieldException("segmentKey", "is required for " + signal.kind() + " signals");
        }
        if (account.segments().stream().map(Segment::key).noneMatch(key::equals)) {
          throw new InvalidFieldException("segmentKey",
              "'" + key + "' is not a segment of account '" + account.id() + "'");
        }
      }
      case ACCOUNT -> {
        if (key != null) {
          throw new InvalidFieldException("segmentKey", "must be absent: " + signal.kind() + " is about the whole account");
        }
      }
    }
  }
}
