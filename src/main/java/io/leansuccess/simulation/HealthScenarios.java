package io.leansuccess.simulation;

import io.leansuccess.account.Account;
import io.leansuccess.decision.Decision;
import io.leansuccess.health.EscalationTrigger;
import io.leansuccess.health.HealthEscalations;
import io.leansuccess.health.HealthEvaluationService;
import io.leansuccess.health.HealthFactsRepository;
import io.leansuccess.health.HealthHistory;
import io.leansuccess.health.HealthRating;
import io.leansuccess.health.HealthRepository;
import io.leansuccess.health.HealthRepository.State;
import io.leansuccess.health.HealthSnapshot;
import io.leansuccess.health.Recovery;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Health and escalation: each account's colour now, and whether a get-well plan would open or
 * close.
 */
@Component
class HealthScenarios implements DecisionScenarios {

  static final String PLAN_OPENS = "a get-well plan opens";
  static final String PLAN_CLOSES = "the get-well plan closes";

  private final HealthFactsRepository facts;
  private final HealthRepository health;
  private final HealthEscalations escalations;
  private final Clock clock;

  HealthScenarios(
      HealthFactsRepository facts,
      HealthRepository health,
      HealthEscalations escalations,
      Clock clock) {
    this.facts = facts;
    this.health = health;
    this.escalations = escalations;
    this.clock = clock;
  }

  @Override
  public String decisionName() {
    return HealthEvaluationService.DECISION;
  }

  @Override
  public String subjects() {
    return "accounts";
  }

  @Override
  public List<Scenario> scenarios(Collection<Account> accounts) {
    List<String> ids = accounts.stream().map(Account::id).toList();
    Map<String, HealthSnapshot> snapshots = facts.snapshots(accounts, clock.instant());
    Map<String, State> states = health.states(ids);
    Set<String> escalated =
        escalations.stillEscalated(
            states.values().stream().filter(State::escalated).map(State::accountId).toList());
    return accounts.stream()
        .map(
            account -> {
              State state = states.get(account.id());
              var history =
                  new HealthHistory(
                      state == null ? 0 : state.greenStreak(), escalated.contains(account.id()));
              return new Scenario(
                  account.id(),
                  account.name(),
                  null,
                  "ACCOUNT",
                  account.id(),
                  account.name(),
                  List.<Object>of(snapshots.get(account.id()), history));
            })
        .toList();
  }

  @Override
  public Verdict verdict(Scenario scenario, Decision decision) {
    String colour =
        decision.single(HealthRating.class).map(rating -> rating.colour().name()).orElse("NONE");
    if (!decision.factsOf(EscalationTrigger.class).isEmpty()) {
      return new Verdict(colour, PLAN_OPENS);
    }
    return new Verdict(colour, decision.single(Recovery.class).isPresent() ? PLAN_CLOSES : null);
  }
}
