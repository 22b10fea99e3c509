package io.leansuccess.renewal.process;

import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.renewal.BriefAnswer;
import io.leansuccess.renewal.RenewalQuestion;
import io.leansuccess.renewal.RenewalReadinessProcess;
import io.leansuccess.renewal.RenewalReadinessService;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_JudgeReadiness} and {@code Task_JudgeAnswers}: the brief from live data and the CSM's
 * answers so far ({@code answerWhoTheyAre}, ...), judged by the rules; the brief's answers and the
 * verdict become variables for the task form and the gateway.
 */
@Component("judgeRenewalReadiness")
public class JudgeRenewalReadinessDelegate implements JavaDelegate, EvaluatesDecision {

  private final RenewalReadinessService readiness;

  public JudgeRenewalReadinessDelegate(RenewalReadinessService readiness) {
    this.readiness = readiness;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<RenewalQuestion, String> answers = new EnumMap<>(RenewalQuestion.class);
    for (RenewalQuestion question : RenewalQuestion.values()) {
      if (execution.getVariable(question.answerVariable()) instanceof String answer) {
        answers.put(question, answer);
      }
    }
    var judgement =
        readiness.judge(
            (String) execution.getVariable(RenewalReadinessProcess.READINESS_ID), answers);
    for (BriefAnswer answer : judgement.brief().answers()) {
      execution.setVariable(answer.question().briefVariable(), answer.shown());
    }
    execution.setVariable(RenewalReadinessProcess.READINESS, judgement.readiness().name());
    execution.setVariable(
        RenewalReadinessProcess.READINESS_RULES,
        String.join("; ", judgement.decision().firedRules()));
    execution.setVariable(RenewalReadinessProcess.DECISION_ID, judgement.decision().id());
  }

  @Override
  public String decisionName() {
    return RenewalReadinessService.DECISION;
  }
}
