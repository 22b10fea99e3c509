package io.leansuccess.contract;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.account.Assignment;
import io.leansuccess.account.Segment;
import io.leansuccess.account.Teams;
import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
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
  public enum Outcome {
    RECEIVED,
    AMENDED,
    UNCHANGED
  }

  public record Recorded(ReceivedContract received, Outcome outcome) {}

  /**
   * The team and the CSM's e-mail address as the CRM sends them with a contract; the CSM becomes
   * the owner when a member of that team has the address. Without a team the account's stay.
   */
  public record Owners(String team, String csmEmail) {
    public static final Owners KEEP = new Owners(null, null);
  }

  /** The latest signed contract wins; of two signed at the same instant, the one received later. */
  private static final Comparator<Contract> LATEST_FIRST =
      Comparator.comparing(Contract::signedAt).reversed();

  private final ContractRepository contracts;
  private final AccountService accounts;
  private final Teams teams;
  private final Clock clock;

  public ContractService(
      ContractRepository contracts, AccountService accounts, Teams teams, Clock clock) {
    this.contracts = contracts;
    this.accounts = accounts;
    this.teams = teams;
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
    return record(contract, Owners.KEEP);
  }

  @Transactional
  public Recorded record(Contract contract, Owners owners) {
    Assignment assignment = assignment(owners);
    Optional<ReceivedContract> stored = contracts.find(contract.id());
    if (stored.isEmpty() && contracts.exists(contract.id())) {
      throw new ResourceNotFoundException("contract", contract.id());
    }
    if (stored.isPresent()) {
      Contract before = stored.get().contract();
      if (!before.accountId().equals(contract.accountId())) {
        throw new ConflictException(
            "Contract '"
                + contract.id()
                + "' is for account '"
                + before.accountId()
                + "'; a contract cannot move to another account");
      }
      if (before.equals(contract)) {
        if (!assignment.equals(Assignment.KEEP)) {
          accounts.put(
              accountFrom(accounts.find(contract.accountId()), latest(contract)), assignment);
        }
        return new Recorded(stored.get(), Outcome.UNCHANGED);
      }
    }
    Instant now = clock.instant();
    // the account row first: the contract row refers to it
    accounts.put(accountFrom(accounts.find(contract.accountId()), latest(contract)), assignment);
    if (stored.isPresent()) {
      contracts.amend(contract, now);
    } else {
      contracts.insert(contract, now);
    }
    return new Recorded(
        contracts.find(contract.id()).orElseThrow(),
        stored.isPresent() ? Outcome.AMENDED : Outcome.RECEIVED);
  }

  private Assignment assignment(Owners owners) {
    if (owners.team() == null) {
      return Assignment.KEEP;
    }
    if (owners.csmEmail() == null || !teams.exists(owners.team())) {
      return new Assignment(owners.team(), null);
    }
    String owner =
        teams
            .memberWithEmail(owners.team(), owners.csmEmail())
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "vendorContacts.csm.email",
                        "is the address of no member of team '" + owners.team() + "'"));
    return new Assignment(owners.team(), owner);
  }

  /**
   * A contract that arrives late (signed before one already stored) must not roll the account back,
   * so the account always follows the latest signed contract, this one or another.
   */
  private Contract latest(Contract received) {
    Stream<Contract> others =
        contracts.ofAccount(received.accountId()).stream()
            .map(ReceivedContract::contract)
            .filter(other -> !other.id().equals(received.id()));
    return Stream.concat(Stream.of(received), others)
        .sorted(LATEST_FIRST)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The account as the latest contract describes it. ARR at signing stays what it was when the
   * account was first created; segments stay as they are when the contract names none.
   */
  static Account accountFrom(Optional<Account> existing, Contract latest) {
    BigDecimal arrAtSigning = existing.map(Account::arrAtSigning).orElse(latest.arr());
    List<Segment> segments =
        latest.segments().isEmpty()
            ? existing.map(Account::segments).orElse(List.of())
            : latest.segments();
    return new Account(
        latest.accountId(),
        latest.accountName(),
        latest.industry(),
        arrAtSigning,
        latest.arr(),
        latest.renewalDate(),
        segments);
  }
}
