package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Nothing waits silently": every user task of every process has a due date and a candidate group,
 * and every CSM or account manager task an overdue timer that gives the CS manager a follow-up
 * task. Read from the BPMN files as a designer leaves them in processes/.
 */
class TimedAccountabilityTest {

  static Stream<Path> processes() throws IOException {
    return Files.list(Path.of("processes"))
        .filter(path -> path.toString().endsWith(".bpmn"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldGiveEveryUserTaskADueDateAndACandidateGroup(Path file) {
    for (UserTask task : userTasks(file)) {
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaCandidateGroups())
          .as("candidate group of %s", task.getId())
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldEscalateEveryOverdueCsmTaskToTheCsManager(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    // a fully automated process (the health runs) hands nothing over, so nothing can be overdue
    assumeFalse(
        model.getModelElementsByType(UserTask.class).isEmpty(), file + " has no user tasks");
    List<UserTask> csmTasks =
        model.getModelElementsByType(UserTask.class).stream()
            // a CSM's task, or one assigned to its holder by name (the account manager's)
            .filter(
                task ->
                    task.getCamundaCandidateGroups().contains("csm")
                        || task.getCamundaAssignee() != null)
            .toList();
    assertThat(csmTasks).isNotEmpty();
    for (UserTask task : csmTasks) {
      String key = task.getId().substring("Task_".length());
      BoundaryEvent overdue =
          model.getModelElementsByType(BoundaryEvent.class).stream()
              .filter(
                  event ->
                      event.getAttachedTo().getId().equals(task.getId()) && !event.cancelActivity())
              .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(task.getId() + " has no non-interrupting overdue timer"));
      TimerEventDefinition timer =
          overdue.getChildElementsByType(TimerEventDefinition.class).iterator().next();
      assertThat(timer.getTimeDuration().getTextContent())
          .as("overdue timer of %s", task.getId())
          .isEqualTo("${timing.allowed('" + key + "')}");
      assertThat(task.getCamundaDueDate()).isEqualTo("${timing.due('" + key + "')}");
      FlowElement followUp = overdue.getOutgoing().iterator().next().getTarget();
      assertThat(followUp).as("follow-up of %s", task.getId()).isInstanceOf(UserTask.class);
      assertThat(((UserTask) followUp).getCamundaCandidateGroups()).isEqualTo("cs-manager");
    }
  }

  private static Collection<UserTask> userTasks(Path file) {
    return Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class);
  }
}
