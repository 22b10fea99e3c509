package io.leansuccess.signal;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.signal.SignalReceipt.Reason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives signals from integrations, which retry: the same event again is accepted and changes
 * nothing, another payload under a known event id is refused rather than silently replacing what
 * the rules may already have judged.
 *
 * <p>New signals are announced with {@link SignalsStored} in the transaction that stores them, so
 * that health is marked due exactly when signals really arrive.
 */
@Service
public class SignalService {

  private final SignalRepository signals;
  private final AccountRepository accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public SignalService(
      SignalRepository signals,
      AccountRepository accounts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.signals = signals;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores the signal once.
   *
   * @return true when it was stored now, false when this very event was stored before
   * @throws ResourceNotFoundException for an unknown account
   * @throws InvalidFieldException naming {@code segmentKey}, {@code value}, {@code category} or
   *     {@code detail} when they do not fit the kind
   * @throws ConflictException when the event id is known with another payload
   */
  @Transactional
  public boolean receive(Signal signal) {
    Account account = accounts.find(signal.accountId()).orElse(null);
    if (account == null) {
      events.publishEvent(SignalsIngested.rejected(signal));
      throw new ResourceNotFoundException("account", signal.accountId());
    }
    problemsWith(signal, account).entrySet().stream()
        .findFirst()
        .ifPresent(
            problem -> {
              events.publishEvent(SignalsIngested.rejected(signal));
              throw new InvalidFieldException(problem.getKey(), problem.getValue());
            });
    SignalReceipt receipt = store(List.of(signal)).get(0);
    events.publishEvent(SignalsIngested.of(List.of(signal), List.of(receipt)));
    if (receipt.rejection() != null) {
      throw new ConflictException(receipt.rejection().detail());
    }
    return receipt.status() == SignalReceipt.Status.STORED;
  }

  /**
   * Takes each signal on its own: the valid ones are stored (once per event id), the others are
   * rejected with the reason, and nothing a rejected signal says is kept. One transaction for all,
   * so a batch costs one commit; it fails as a whole only on an unexpected error, and then the
   * sender's retry is safe.
   *
   * @return one receipt per signal, in the order given
   */
  @Transactional
  public List<SignalReceipt> receiveAll(List<Signal> batch) {
    Map<String, Account> known =
        accounts.findAll(batch.stream().map(Signal::accountId).distinct().toList());
    List<SignalReceipt> receipts = new ArrayList<>(batch.size());
    List<Signal> valid = new ArrayList<>();
    for (Signal signal : batch) {
      SignalReceipt rejected = rejection(signal, known.get(signal.accountId())).orElse(null);
      receipts.add(rejected);
      if (rejected == null) {
        valid.add(signal);
      }
    }
    List<SignalReceipt> stored = store(valid);
    for (int i = 0, next = 0; i < receipts.size(); i++) {
      if (receipts.get(i) == null) {
        receipts.set(i, stored.get(next++));
      }
    }
    events.publishEvent(SignalsIngested.of(batch, receipts));
    return receipts;
  }

  private List<SignalReceipt> store(List<Signal> valid) {
    List<SignalRepository.Insertion> insertions = signals.insertAll(valid, clock.instant());
    List<SignalReceipt> receipts = new ArrayList<>(valid.size());
    Set<String> changedAccounts = new TreeSet<>();
    List<Signal> newlyStored = new ArrayList<>();
    for (int i = 0; i < valid.size(); i++) {
      Signal signal = valid.get(i);
      receipts.add(
          switch (insertions.get(i)) {
            case STORED -> {
              changedAccounts.add(signal.accountId());
              newlyStored.add(signal);
              yield SignalReceipt.STORED;
            }
            case REPEATED -> SignalReceipt.REPEATED;
            case CONFLICTING ->
                SignalReceipt.rejected(
                    Reason.CONFLICT,
                    "Event '"
                        + signal.eventId()
                        + "' was received before with another payload; a new observation needs a new event id",
                    Map.of());
          });
    }
    if (!changedAccounts.isEmpty()) {
      events.publishEvent(new SignalsStored(changedAccounts));
      events.publishEvent(new SignalsReceived(newlyStored));
    }
    return receipts;
  }

  private static Optional<SignalReceipt> rejection(Signal signal, Account account) {
    if (account == null) {
      return Optional.of(
          SignalReceipt.rejected(
              Reason.UNKNOWN_ACCOUNT,
              "No account with id '" + signal.accountId() + "'",
              Map.of("accountId", "is not the id of an account")));
    }
    Map<String, String> problems = problemsWith(signal, account);
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        SignalReceipt.rejected(
            Reason.INVALID, "Invalid values in " + String.join(", ", problems.keySet()), problems));
  }

  /** What does not fit the signal's kind or its account, by field; empty when all fits. */
  private static Map<String, String> problemsWith(Signal signal, Account account) {
    Map<String, String> problems = new LinkedHashMap<>();
    segmentProblem(signal, account).ifPresent(problem -> problems.put("segmentKey", problem));
    problems.putAll(signal.kind().problemsWith(signal.value(), signal.category(), signal.detail()));
    return problems;
  }

  private static Optional<String> segmentProblem(Signal signal, Account account) {
    String key = signal.segmentKey();
    return switch (signal.kind().scope()) {
      case SEGMENT ->
          key == null
              ? Optional.of("is required for " + signal.kind() + " signals")
              : account.segments().stream().map(Segment::key).noneMatch(key::equals)
                  ? Optional.of("'" + key + "' is not a segment of account '" + account.id() + "'")
                  : Optional.empty();
      case ACCOUNT ->
          key == null
              ? Optional.empty()
              : Optional.of("must be absent: " + signal.kind() + " is about the whole account");
    };
  }
}
