package io.leansuccess.execution.process;

import io.leansuccess.execution.UseCaseExecutionProcess;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a use case's execution starts: its title and one-page template as variables, so every task
 * form of the execution shows the CSM what the use case is about.
 */
@Component("useCaseBriefing")
public class UseCaseBriefingListener implements ExecutionListener {

  static final String TITLE = "useCaseTitle";
  static final String BRIEF = "useCaseBrief";

  private final UseCaseRepository useCases;

  public UseCaseBriefingListener(UseCaseRepository useCases) {
    this.useCases = useCases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    useCases
        .find((String) execution.getVariable(UseCaseExecutionProcess.USE_CASE_ID))
        .ifPresent(
            useCase -> {
              execution.setVariable(TITLE, useCase.title());
              execution.setVariable(BRIEF, brief(useCase));
            });
  }

  /** The one-page template as Markdown, which Camunda Forms' text fields render. */
  static String brief(UseCase useCase) {
    List<String> lines = new ArrayList<>();
    var template = useCase.template();
    line(lines, "Challenges and objectives", template.challengesAndObjectives());
    line(lines, "Expected outcomes", template.expectedOutcomes());
    line(lines, "Workflow", template.workflow());
    line(lines, "Success factors", template.successFactors());
    line(lines, "Owner", useCase.owner());
    line(lines, "Segment", useCase.segmentKey());
    if (!useCase.kpis().isEmpty()) {
      lines.add("");
      lines.add("**KPIs**");
      lines.add("");
      for (Kpi kpi : useCase.kpis()) {
        lines.add(
            "- "
                + kpi.name()
                + ": "
                + plain(kpi.baseline())
                + " → "
                + plain(kpi.target())
                + (kpi.unit() == null ? "" : " " + kpi.unit())
                + " ("
                + (kpi.method() == null ? "method not set" : kpi.method().name().toLowerCase())
                + ", "
                + kpi.kind().name().toLowerCase()
                + ")");
      }
    }
    return String.join("\n", lines);
  }

  /** 10, not the 10.0000 the database keeps. */
  private static String plain(java.math.BigDecimal number) {
    return number == null ? "?" : number.stripTrailingZeros().toPlainString();
  }

  private static void line(List<String> lines, String label, String value) {
    if (value != null && !value.isBlank()) {
      lines.add("**" + label + ":** " + value + "  ");
    }
  }
}
