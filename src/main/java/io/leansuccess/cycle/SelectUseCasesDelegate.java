package io.leansuccess.cycle;

import java.util.ArrayList;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SelectUseCases: the selection rules fill the cycle's slots; the call activity runs one execution each. */
@Component("selectUseCases")
public class SelectUseCasesDelegate implements JavaDelegate {

  private final UseCaseSelection selection;

  public SelectUseCasesDelegate(UseCaseSelection selection) {
    this.selection = selection;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var selected = selection.select((String) execution.getVariable(SuccessCycleProcess.CYCLE_ID));
    // JSON whatever the host's default format: Java serialization is off in Camunda 7.24
    execution.setVariable(SuccessCycleProcess.SELECTED_USE_CASE_IDS, Variables.objectValue(new ArrayList<>(selected))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
