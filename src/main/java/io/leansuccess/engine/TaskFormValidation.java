package io.leansuccess.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds every user task's Camunda Form on the server: a task completes only when the values it ends
 * with (those sent with the completion and those the process already has) meet its form's rules,
 * whichever way it is completed ({@code /engine-rest/task/{id}/submit-form} as Tasklist does,
 * {@code /complete}, the Java API). The rules are read from the deployed form itself, the one the
 * task shows, so browser and server never disagree; a form hides a field with the same FEEL
 * expression form-js evaluates.
 *
 * <p>A built-in listener on every user task: it runs before the diagram's own listeners, and also
 * when custom listeners are skipped.
 */
@Component
public class TaskFormValidation extends AbstractBpmnParseListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFormValidation.class);

  /** A deployed form never changes: its rules are read once per form definition. */
  private final Map<String, TaskFormRules> rulesByFormDefinition = new ConcurrentHashMap<>();

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this);
    }
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    rulesOf(task)
        .flatMap(
            rules ->
                rules.firstViolation(task.getVariables(), expression -> hides(expression, task)))
        .ifPresent(
            violation -> {
              throw new TaskFormFieldException(violation.field(), violation.rule());
            });
  }

  /**
   * The keys of the fields of the form a task shows, read in the engine's command context; empty
   * when the task shows no deployed Camunda Form (or there is no such task).
   */
  Optional<Set<String>> fieldKeys(String taskId) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return Optional.empty();
    }
    return rulesOf(task)
        .map(
            rules ->
                rules.fields().stream()
                    .map(TaskFormRules.Field::key)
                    .collect(Collectors.toUnmodifiableSet()));
  }

  private Optional<TaskFormRules> rulesOf(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null
        || definition.getFormDefinition().getCamundaFormDefinitionKey() == null) {
      return Optional.empty();
    }
    TaskFormData formData = definition.getTaskFormHandler().createTaskForm(task);
    CamundaFormRef ref = formData.getCamundaFormRef();
    if (ref == null) {
      return Optional.empty();
    }
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinition form =
        context.runWithoutAuthorization(
            new GetCamundaFormDefinitionCmd(ref, formData.getDeploymentId()));
    if (form == null) {
      // Tasklist cannot show it either (404); refusing the completion would strand the task
      LOG.warn(
          "Task {} ({}) refers to form {}, which is not deployed: its rules are not checked",
          task.getId(),
          task.getTaskDefinitionKey(),
          ref.getKey());
      return Optional.empty();
    }
    return Optional.of(
        rulesByFormDefinition.computeIfAbsent(form.getId(), id -> read(context, form)));
  }

  private static TaskFormRules read(CommandContext context, CamundaFormDefinition form) {
    try (InputStream content =
        context.runWithoutAuthorization(
            new GetDeploymentResourceCmd(form.getDeploymentId(), form.getResourceName()))) {
      return TaskFormRules.parse(content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Form-js shows a field whose hide expression it cannot evaluate, and so do we: its rules then
   * hold.
   */
  private boolean hides(String expression, TaskEntity task) {
    try {
      return Boolean.TRUE.equals(
          feel.evaluateSimpleExpression(expression, task.getVariablesTyped().asVariableContext()));
    } catch (RuntimeException unevaluable) {
      LOG.debug(
          "Hide expression {} of task {} not evaluated: {}",
          expression,
          task.getId(),
          unevaluable.getMessage());
      return false;
    }
  }
}
