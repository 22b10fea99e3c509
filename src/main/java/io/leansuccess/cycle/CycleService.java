package io.leansuccess.cycle;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cycles of an account: one quarter each, one open at a time. The end of one cycle starts the next,
 * so the account always has exactly one running cycle once the first was started.
 */
@Service
public class CycleService {

  private final CycleRepository cycles;
  private final AccountRepository accounts;
  private final CycleProcesses processes;
  private final Clock clock;

  public CycleService(
      CycleRepository cycles, AccountRepository accounts, CycleProcesses processes, Clock clock) {
    this.cycles = cycles;
    this.accounts = accounts;
    this.processes = processes;
    this.clock = clock;
  }

  /** Starts the account's cycle for the current quarter. */
  @Transactional
  public Cycle start(String accountId) {
    Account account = accounts.require(accountId);
    cycles
        .findOpen(accountId)
        .ifPresent(
            open -> {
              throw new ConflictException(
                  "Account "
                      + accountId
                      + " already has a running cycle ("
                      + open.quarter()
                      + ", "
                      + open.stage()
                      + "); it starts the next one itself when it ends");
            });
    Quarter quarter = Quarter.of(clock.instant());
    if (cycles.find(accountId, quarter).isPresent()) {
      throw new ConflictException("Account " + accountId + " already had its cycle for " + quarter);
    }
    return open(accountId, account.name(), quarter);
  }

  /**
   * Closes a cycle and starts the next quarter's; doing it again for the same cycle changes
   * nothing.
   */
  @Transactional
  public Cycle startNext(String cycleId) {
    Cycle current = cycle(cycleId);
    Quarter next = current.quarter().next();
    Optional<Cycle> started = cycles.find(current.accountId(), next);
    if (started.isPresent()) {
      return started.get();
    }
    cycles.close(cycleId, clock.instant());
    return open(
        current.accountId(),
        accounts.find(current.accountId()).map(Account::name).orElse(""),
        next);
  }

  /** When the next cycle may start: the start of the next quarter, or now if that is past. */
  @Transactional
  public Instant scheduleNext(String cycleId) {
    Cycle cycle = cycle(cycleId);
    cycles.setStage(cycleId, CycleStage.WAITING_FOR_NEXT_QUARTER);
    Instant nextStart = cycle.quarter().next().start();
    Instant now = clock.instant();
    return nextStart.isAfter(now) ? nextStart : now;
  }

  @Transactional
  public void enterStage(String cycleId, CycleStage stage) {
    cycles.setStage(cycleId, stage);
  }

  public Optional<Cycle> current(String accountId) {
    return cycles.findOpen(accountId);
  }

  private Cycle open(String accountId, String accountName, Quarter quarter) {
    var cycle =
        new Cycle(
            UUID.randomUUID().toString(),
            accountId,
            quarter,
            CycleStage.ENVISION,
            null,
            clock.instant(),
            null);
    try {
      cycles.insertOpen(cycle);
    } catch (DuplicateKeyException concurrentStart) {
      throw new ConflictException("Account " + accountId + " already has a running cycle");
    }
    boolean firstOfYear = !cycles.hasEarlierCycleInYear(accountId, quarter);
    String processInstanceId = processes.startCycle(cycle, accountName, firstOfYear);
    cycles.setProcessInstance(cycle.id(), processInstanceId);
    CycleLogger.cycleStarted(cycle, firstOfYear, processInstanceId);
    return cycles.find(cycle.id()).orElseThrow();
  }

  private Cycle cycle(String cycleId) {
    return cycles.find(cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
  }
}
