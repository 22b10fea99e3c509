package io.leansuccess.crmdata;

import io.leansuccess.contract.Contract;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "The peril of stasis" (seed 003): a contract is accepted with what it has, but when the rules
 * find the customer's goals, stakeholder interests or business challenges missing, the account
 * manager named in its vendor contacts gets a timed task to complete them in the CRM. The CRM's
 * next update of the contract that brings them ends the task. Never two open requests for one
 * account.
 */
@Service
public class CrmDataRequests {

  /** Subject type of the decisions in the decision log: the account's CRM record. */
  public static final String SUBJECT_TYPE = "CRM_RECORD";

  public static final String INCOMPLETE = "INCOMPLETE";
  public static final String COMPLETED = "COMPLETED";

  private final CrmDataCompleteness completeness;
  private final CrmDataRequestRepository requests;
  private final CrmDataProcesses processes;
  private final AccountManagers accountManagers;
  private final DecisionLog log;
  private final Clock clock;

  public CrmDataRequests(
      CrmDataCompleteness completeness,
      CrmDataRequestRepository requests,
      CrmDataProcesses processes,
      AccountManagers accountManagers,
      DecisionLog log,
      Clock clock) {
    this.completeness = completeness;
    this.requests = requests;
    this.processes = processes;
    this.accountManagers = accountManagers;
    this.log = log;
    this.clock = clock;
  }

  /**
   * A contract of the account was received or amended: its latest contract decides. Data still
   * missing with a request open changes nothing; complete data ends the open request.
   *
   * @param latest the account's latest signed contract
   */
  @Transactional
  public void contractRecorded(Contract latest) {
    Decision decision = completeness.evaluate(latest);
    List<MissingCrmData> missing = decision.factsOf(MissingCrmData.class);
    Optional<CrmDataRequest> open = requests.findOpen(latest.accountId());
    if (missing.isEmpty()) {
      open.ifPresent(request -> complete(request, latest, decision));
      return;
    }
    if (open.isEmpty()) {
      request(latest, decision, missing);
    }
  }

  public Optional<CrmDataRequest> openOf(String accountId) {
    return requests.findOpen(accountId);
  }

  /** The request's process ended: completed by a contract when it names one. */
  @Transactional
  public void closed(String requestId, String completedByContract) {
    requests.close(requestId, clock.instant(), completedByContract);
  }

  private void request(Contract latest, Decision decision, List<MissingCrmData> missing) {
    Contract.Person accountManager = latest.vendorContacts().accountManager();
    String user =
        accountManager == null || accountManager.email() == null
            ? null
            : accountManagers.withEmail(accountManager.email()).orElse(null);
    var request =
        new CrmDataRequest(
            UUID.randomUUID().toString(),
            latest.accountId(),
            latest.id(),
            CrmDataCompleteness.missing(decision),
            user,
            null,
            null,
            clock.instant(),
            null,
            null);
    if (!requests.insertOpen(request)) {
      return;
    }
    List<String> reasons =
        new ArrayList<>(missing.stream().map(MissingCrmData::description).toList());
    reasons.add(routing(accountManager, user));
    String decisionId =
        log.record(subject(latest), INCOMPLETE, decision, String.join("; ", reasons)).id();
    requests.started(request.id(), decisionId, processes.start(request, reasons));
    CrmDataLogger.requested(latest.accountId(), request.id(), user, request.missing());
  }

  private void complete(CrmDataRequest request, Contract latest, Decision decision) {
    log.record(
        subject(latest),
        COMPLETED,
        decision,
        "The CRM record of contract " + latest.id() + " now holds what was missing");
    if (request.processInstanceId() == null) {
      requests.close(request.id(), clock.instant(), latest.id());
    } else {
      processes.completed(request.processInstanceId(), latest.id());
    }
  }

  private static String routing(Contract.Person accountManager, String user) {
    if (user != null) {
      return "Account manager: " + accountManager.name() + " (" + user + ")";
    }
    return accountManager == null
        ? "The contract names no account manager: the team's CS managers complete it"
        : "Account manager "
            + accountManager.name()
            + " is no user of the account managers' group: the team's CS managers complete it";
  }

  private static DecisionLog.Subject subject(Contract latest) {
    return new DecisionLog.Subject(latest.accountId(), null, SUBJECT_TYPE, latest.accountId());
  }
}
