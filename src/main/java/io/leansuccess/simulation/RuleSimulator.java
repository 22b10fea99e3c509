package io.leansuccess.simulation;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.simulation.DecisionScenarios.Scenario;
import io.leansuccess.simulation.DecisionScenarios.Verdict;
import io.leansuccess.simulation.Simulation.Difference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What-if: evaluates the current portfolio with the deployed rules and with candidate rules, and
 * answers where they decide differently. Accounts are read a chunk at a time, each chunk in a
 * read-only transaction, so a simulation cannot write anything (PostgreSQL refuses writes in a
 * read-only transaction): no process starts, no decision is stored, no signal is touched.
 */
@Service
public class RuleSimulator {

  private final Map<String, DecisionScenarios> scenarios;
  private final CandidateRules candidates;
  private final DecisionService decisions;
  private final AccountRepository accounts;
  private final SimulationStore store;
  private final TransactionTemplate readOnly;
  private final Clock clock;
  private final int chunkSize;
  private final int maximumDifferences;

  RuleSimulator(
      List<DecisionScenarios> scenarios,
      CandidateRules candidates,
      DecisionService decisions,
      AccountRepository accounts,
      SimulationStore store,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${lean-success.simulation.chunk-size:500}") int chunkSize,
      @Value("${lean-success.simulation.maximum-differences:10000}") int maximumDifferences) {
    this.scenarios =
        scenarios.stream()
            .collect(
                Collectors.toMap(
                    DecisionScenarios::decisionName,
                    Function.identity(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    this.candidates = candidates;
    this.decisions = decisions;
    this.accounts = accounts;
    this.store = store;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.maximumDifferences = maximumDifferences;
  }

  /**
   * Simulates the candidate files against every account.
   *
   * @param files DRL text by resource name ({@code rules/HealthEscalation.drl})
   * @param accountIds the accounts to simulate; null for every account
   * @throws CandidateRulesException when a file does not compile or decides nothing we evaluate
   */
  public Simulation simulate(
      Map<String, String> files, List<String> accountIds, String requestedBy) {
    Map<String, CompiledRules> compiled = candidates.compile(files, scenarios.keySet());
    SimulationReport report =
        new SimulationReport(
            compiled.keySet().stream().map(scenarios::get).toList(), maximumDifferences);
    if (accountIds == null) {
      String after = null;
      List<String> ids;
      do {
        ids = accounts.idsAfter(after, chunkSize);
        simulateChunk(ids, compiled, report);
        after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
      } while (ids.size() == chunkSize);
    } else {
      List<String> ids = accountIds.stream().distinct().sorted().toList();
      for (int from = 0; from < ids.size(); from += chunkSize) {
        simulateChunk(ids.subList(from, Math.min(from + chunkSize, ids.size())), compiled, report);
      }
    }
    Simulation simulation =
        report.toSimulation(
            UUID.randomUUID().toString(),
            clock.instant(),
            requestedBy,
            List.copyOf(files.keySet()));
    store.put(simulation);
    return simulation;
  }

  private void simulateChunk(
      List<String> ids, Map<String, CompiledRules> compiled, SimulationReport report) {
    readOnly.executeWithoutResult(transaction -> simulateReadOnly(ids, compiled, report));
  }

  private void simulateReadOnly(
      List<String> ids, Map<String, CompiledRules> compiled, SimulationReport report) {
    Map<String, Account> found = accounts.findAll(ids);
    report.accountsEvaluated(found.size());
    compiled.forEach(
        (decisionName, candidate) -> {
          DecisionScenarios decision = scenarios.get(decisionName);
          List<Scenario> subjects = decision.scenarios(found.values());
          if (subjects.isEmpty()) {
            return;
          }
          List<Decision> deployed =
              decisions.evaluateEach(decisionName, subjects.stream().map(Scenario::facts).toList());
          for (int i = 0; i < subjects.size(); i++) {
            Scenario subject = subjects.get(i);
            Decision before = deployed.get(i);
            Decision after = candidate.evaluate(subject.facts());
            Verdict from = decision.verdict(subject, before);
            Verdict to = decision.verdict(subject, after);
            report.evaluated(decisionName, before, after);
            if (!from.equals(to)) {
              String consequence =
                  Objects.equals(from.consequence(), to.consequence()) ? null : to.consequence();
              report.differs(
                  difference(decisionName, subject, from, to, before, after), consequence);
            }
          }
        });
  }

  private static Difference difference(
      String decisionName,
      Scenario subject,
      Verdict from,
      Verdict to,
      Decision before,
      Decision after) {
    List<String> noLonger =
        before.firedRules().stream()
            .filter(rule -> !after.firedRules().contains(rule))
            .distinct()
            .toList();
    List<String> now =
        after.firedRules().stream()
            .filter(rule -> !before.firedRules().contains(rule))
            .distinct()
            .toList();
    return new Difference(
        decisionName,
        subject.accountId(),
        subject.accountName(),
        subject.segment(),
        subject.subjectType(),
        subject.subjectId(),
        subject.subjectName(),
        from.label(),
        to.label(),
        new ArrayList<>(noLonger),
        new ArrayList<>(now),
        SimulationReport.thresholdChanges(before, after));
  }
}
