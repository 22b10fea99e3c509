package io.leansuccess.onboarding.process;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.library.LibrarySuggestions;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.reonboarding.ContinuousOnboarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_StartFirstCycle: launch is over, the account's first success cycle starts, its pipeline
 * pre-filled with what similar accounts adopted (the use-case library's suggestions, marked as
 * such; copying again copies nothing twice). An account whose cycle is already running (started by
 * hand, or this job running again) keeps it: asking CycleService to start another would fail and
 * roll back the onboarding.
 */
@Component("startFirstCycle")
public class StartFirstCycleDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartFirstCycleDelegate.class);

  private final CycleService cycles;
  private final LibrarySuggestions library;
  private final ContinuousOnboarding continuousOnboarding;

  public StartFirstCycleDelegate(
      CycleService cycles, LibrarySuggestions library, ContinuousOnboarding continuousOnboarding) {
    this.cycles = cycles;
    this.library = library;
    this.continuousOnboarding = continuousOnboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String accountId = (String) execution.getVariable(OnboardingProcess.ACCOUNT_ID);
    // the launch trained the segments' users: later readings are set against them
    continuousOnboarding.trained(accountId, null);
    cycles
        .current(accountId)
        .ifPresentOrElse(
            running ->
                LOG.info(
                    "Account {} already runs cycle {} ({}); onboarding starts none",
                    accountId,
                    running.id(),
                    running.quarter()),
            () -> {
              library.fillFirstPipeline(accountId);
              cycles.start(accountId);
            });
  }
}
