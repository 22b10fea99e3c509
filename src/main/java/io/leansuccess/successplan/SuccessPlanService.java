package io.leansuccess.successplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's success plan and its versions. A plan is generated when the contract is signed and
 * again whenever what it is made from changes; a version is stored only when the plan reads
 * differently from the latest, so generating twice (a job that runs again, a repeated contract)
 * keeps one version.
 */
@Service
public class SuccessPlanService {

  private final AccountRepository accounts;
  private final ContractService contracts;
  private final SuccessPlanDrafter drafter;
  private final SuccessPlanRepository plans;
  private final ObjectMapper json;
  private final Clock clock;

  public SuccessPlanService(
      AccountRepository accounts,
      ContractService contracts,
      SuccessPlanDrafter drafter,
      SuccessPlanRepository plans,
      ObjectMapper json,
      Clock clock) {
    this.accounts = accounts;
    this.contracts = contracts;
    this.drafter = drafter;
    this.plans = plans;
    this.json = json;
    this.clock = clock;
  }

  /** The latest version after generating: a new one, or the latest when nothing changed. */
  @Transactional
  public SuccessPlan generate(String accountId, SuccessPlanVersion.Reason reason) {
    Account account = accounts.require(accountId);
    Contract contract =
        contracts
            .latestOf(accountId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Account " + accountId + " has no contract to make a success plan from"));
    SuccessPlanDocument document = drafter.draft(account, contract);
    String content = write(document);
    Optional<SuccessPlanRepository.Stored> latest = plans.latest(accountId);
    if (latest.isPresent() && latest.get().content().equals(content)) {
      return new SuccessPlan(latest.get().version(), document);
    }
    int next = latest.map(stored -> stored.version().version() + 1).orElse(1);
    var version =
        new SuccessPlanVersion(accountId, next, reason, contract.id(), clock.instant(), null, null);
    plans.insert(version, content);
    SuccessPlanLogger.planGenerated(version);
    return new SuccessPlan(version, document);
  }

  public Optional<SuccessPlan> latest(String accountId) {
    return plans.latest(accountId).map(this::read);
  }

  public Optional<SuccessPlan> version(String accountId, int version) {
    return plans.find(accountId, version).map(this::read);
  }

  public List<SuccessPlanVersion> versions(String accountId, int limit, int offset) {
    return plans.versions(accountId, limit, offset);
  }

  public long countVersions(String accountId) {
    return plans.count(accountId);
  }

  /**
   * Records that the latest version went to the customer; sending it again keeps the first record.
   */
  @Transactional
  public void markLatestSent(String accountId, String sentBy) {
    SuccessPlanVersion latest =
        plans
            .latest(accountId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Account " + accountId + " has no success plan to send"))
            .version();
    plans.markSent(accountId, latest.version(), clock.instant(), sentBy);
  }

  private SuccessPlan read(SuccessPlanRepository.Stored stored) {
    try {
      return new SuccessPlan(
          stored.version(), json.readValue(stored.content(), SuccessPlanDocument.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Success plan "
              + stored.version().version()
              + " of "
              + stored.version().accountId()
              + " cannot be read: "
              + e.getOriginalMessage(),
          e);
    }
  }

  private String write(SuccessPlanDocument document) {
    try {
      return json.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "The success plan of " + document.accountId() + " cannot be written", e);
    }
  }
}
