package io.leansuccess.cycle.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.cycle.UseCaseSelection;
import io.leansuccess.decision.EvaluatesDecision;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseShortlisting;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_SelectUseCases: the selection rules fill the cycle's slots; the call activity runs one
 * execution each.
 */
@Component("selectUseCases")
public class SelectUseCasesDelegate implements JavaDelegate, EvaluatesDecision {

  private final UseCaseSelection selection;

  public SelectUseCasesDelegate(UseCaseSelection selection) {
    this.selection = selection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<UseCase> selected =
        selection.select((String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
    // JSON whatever the host's default format: Java serialization is off in Camunda 7.24
    execution.setVariable(
        SuccessCycleProcess.SELECTED_USE_CASE_IDS,
        Variables.objectValue(new ArrayList<>(selected.stream().map(UseCase::id).toList()))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
    execution.setVariable(SuccessCycleProcess.SELECTED_USE_CASES_SUMMARY, summary(selected));
  }

  private static String summary(List<UseCase> selected) {
    if (selected.isEmpty()) {
      return "No use case was selected this quarter.";
    }
    List<String> lines = new ArrayList<>();
    for (int slot = 0; slot < selected.size(); slot++) {
      UseCase useCase = selected.get(slot);
      lines.add(
          (slot + 1)
              + ". "
              + useCase.title()
              + " ("
              + useCase.id()
              + ")"
              + (useCase.owner() == null ? "" : ", owner " + useCase.owner()));
    }
    return String.join("\n", lines);
  }

  @Override
  public String decisionName() {
    return UseCaseShortlisting.DECISION;
  }
}
