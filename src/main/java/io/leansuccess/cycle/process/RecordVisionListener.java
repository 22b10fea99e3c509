package io.leansuccess.cycle.process;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.cycle.Vision;
import io.leansuccess.cycle.VisionService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing Task_SetVision or Task_ConfirmVision in Tasklist stores what the CSM wrote as the
 * year's vision: the form is where it is agreed, the API where integrations read it.
 */
@Component("recordVision")
public class RecordVisionListener implements TaskListener {

  static final String STATEMENT = "visionStatement";
  static final String OBJECTIVES = "visionObjectives";

  private final VisionService visions;

  public RecordVisionListener(VisionService visions) {
    this.visions = visions;
  }

  @Override
  public void notify(DelegateTask task) {
    Object statement = task.getVariable(STATEMENT);
    if (statement == null || statement.toString().isBlank()) {
      return;
    }
    Object objectives = task.getVariable(OBJECTIVES);
    visions.put(
        new Vision(
            (String) task.getVariable(SuccessCycleProcess.ACCOUNT_ID),
            (Integer) task.getVariable(SuccessCycleProcess.YEAR),
            statement.toString().trim(),
            objectives == null ? List.of() : parse(objectives.toString())));
  }

  /**
   * One objective a line, "objective: how it is measured"; a line without a colon has no measure
   * yet.
   */
  static List<Vision.Objective> parse(String lines) {
    List<Vision.Objective> objectives = new ArrayList<>();
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      objectives.add(
          colon < 0
              ? new Vision.Objective(line.trim(), "")
              : new Vision.Objective(
                  line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    return objectives;
  }

  /** The objectives as the form shows them again, one a line. */
  static String format(List<Vision.Objective> objectives) {
    return String.join(
        "\n",
        objectives.stream()
            .map(
                objective ->
                    objective.measure().isBlank()
                        ? objective.title()
                        : objective.title() + ": " + objective.measure())
            .toList());
  }
}
