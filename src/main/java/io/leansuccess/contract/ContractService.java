package io.leansuccess.contract;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.account.Segment;
import io.leansuccess.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records signed contracts and keeps the account in line with its latest one. The CRM retries and
 * edits: the same contract again changes nothing; the same contract id with other content is an
 * amendment; a new contract id for a known account is a renewal or an expansion. None of them
 * creates a second account.
 */
@Service
public class ContractService {

  /** What recording did: the onboarding and the success plan follow from it. */
  public enum Outcome { RECEIVED, AMENDED, UNCHANGED }

  public record Recorded(ReceivedContract received, Outcome outcome) {}

  /** The latest signed contract wins; of two signed at the same instant, the one received later. */
  private static final Comparator<Contract> LATEST_FIRST = Comparator.comparing(Contract::signedAt).reversed();

  private final ContractRepository contracts;
  private final AccountService accounts;
  private final Clock clock;

  public ContractService(ContractRepository contracts, AccountService accounts, Clock clock) {
    this.contracts = contracts;
    this.accounts = accounts;
    this.clock = clock;
  }

  public Optional<ReceivedContract> find(String id) {
    return contracts.find(id);
  }

  /** The contract that describes the account now: the latest signed. */
  public Optional<Contract> latestOf(String accountId) {
    return contracts.ofAccount(accountId).stream().map(ReceivedContract::contract).findFirst();
  }

  @Transactional
  public Recorded record(Contract contract) {
    Optional<ReceivedContract> stored = contracts.find(contract.id());
    if (stored.isPresent()) {
      Contract before = stored.get().contract();
      if (!before.accountId().equals(contract.accountId())) {
        throw new ConflictException("Contract '" + contract.id() + "' is for account '" + before.accountId()
            + "'; a contract cannot move to another account");
      }
      if (before.equals(contract)) {
        return new Recorded(stored.get(), Outcome.UNCHANGED);
      }
    }
    Instant now = clock.instant();
    // the account row first: the contract row refers to it
    accounts.put(accountFrom(accounts.find(contract.accountId()), latest(contract)));
    if (stored.isPresent()) {
      contracts.amend(contract, now);
    } else {
      contracts.insert(contract, now);
    }
    return new Recorded(contracts.find(contract.id()).orElseThrow(),
        stored.isPresent() ? Outcome.AMENDED : Outcome.RECEIVED);
  }

  /**
   * A contract that arrives late (signed before one already stored) must not roll the account
   * back, so the account always follows the latest signed contract, this one or another.
   */
  private Contract latest(Contract received) {
    Stream<Contract> others = contracts.ofAccount(received.accountId()).stream()
        .map(ReceivedContract::contract).filter(other -> !other.id().equals(received.id()));
    return Stream.concat(Stream.of(received), others).sorted(LATEST_FIRST).findFirst().orElseThrow();
  }

  /**
   * The account as the latest contract describes it. ARR at signing stays what it was when the
   * account was first created; segments stay as they are when the contract names none.
   */
  static Account accountFrom(Optional<Account> existing, Contract latest) {
    BigDecimal arrAtSigning = existing.map(Account::arrAtSigning).orElse(latest.arr());
    List<Segment> segments = latest.segments().isEmpty()
        ? existing.map(Account::segments).orElse(List.of())
        : latest.segments();
    return new Account(latest.accountId(), latest.accountName(), latest.industry(), arrAtSigning, latest.arr(),
        latest.renewalDate(), segments);
  }
}
