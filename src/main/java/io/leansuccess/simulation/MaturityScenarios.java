package io.leansuccess.simulation;

import io.leansuccess.account.Account;
import io.leansuccess.decision.Decision;
import io.leansuccess.maturity.MaturityService;
import io.leansuccess.maturity.MaturityVerdict;
import io.leansuccess.signal.SignalRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Maturity: how each segment would move at the end of its cycle, judged on the signals now. */
@Component
class MaturityScenarios implements DecisionScenarios {

  private final MaturityService maturity;
  private final SignalRepository signals;

  MaturityScenarios(MaturityService maturity, SignalRepository signals) {
    this.maturity = maturity;
    this.signals = signals;
  }

  @Override
  public String decisionName() {
    return MaturityService.DECISION;
  }

  @Override
  public String subjects() {
    return "segments";
  }

  @Override
  public List<Scenario> scenarios(Collection<Account> accounts) {
    return accounts.stream()
        .flatMap(
            account -> {
              Integer nps = signals.latestNps(account.id()).orElse(null);
              return account.segments().stream()
                  .map(
                      segment ->
                          new Scenario(
                              account.id(),
                              account.name(),
                              segment.key(),
                              MaturityService.SUBJECT_TYPE,
                              segment.key(),
                              segment.name(),
                              maturity.currentFacts(account.id(), segment, nps)));
            })
        .toList();
  }

  @Override
  public Verdict verdict(Scenario scenario, Decision decision) {
    return decision
        .single(MaturityVerdict.class)
        .map(verdict -> new Verdict(verdict.move().name() + " to level " + verdict.level(), null))
        .orElse(new Verdict("NONE", null));
  }
}
