package io.leansuccess.migration.process;

import io.leansuccess.migration.MigrationReport;
import io.leansuccess.migration.MigrationReport.Problem;
import io.leansuccess.migration.MigrationReport.Source;
import io.leansuccess.migration.MigrationReport.Version;
import io.leansuccess.migration.ProcessMigrationPort;
import io.leansuccess.rules.drools.ProcessRulesAsOf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camunda's migration API: a plan that maps every activity to the one of the same id in the latest
 * version (timers and messages updated), checked against where each running instance waits, then
 * one batch per source version. The batches run on the job executor.
 */
@Component
class CamundaProcessMigration implements ProcessMigrationPort {

  private final ProcessEngine engine;
  private final ProcessRulesAsOf rulesAsOf;

  CamundaProcessMigration(ProcessEngine engine, ProcessRulesAsOf rulesAsOf) {
    this.engine = engine;
    this.rulesAsOf = rulesAsOf;
  }

  @Override
  public MigrationReport validate(
      String processKey, Integer fromVersion, Set<String> onlyInstances) {
    ProcessDefinition target =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    if (target == null) {
      return new MigrationReport(processKey, null, List.of(), 0, false, List.of());
    }
    List<Source> sources = new ArrayList<>();
    int instances = 0;
    for (ProcessDefinition source : olderVersions(processKey, target, fromVersion)) {
      List<String> running = runningInstances(source, onlyInstances);
      if (running.isEmpty()) {
        continue;
      }
      instances += running.size();
      sources.add(new Source(versionOf(source), running.size(), problems(source, target, running)));
    }
    return new MigrationReport(processKey, versionOf(target), sources, instances, false, List.of());
  }

  @Override
  @Transactional
  public MigrationReport migrate(MigrationReport validated, Set<String> onlyInstances) {
    List<String> batches = new ArrayList<>();
    // a moved instance follows the rules in force from now on, as one started now would
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (Source source : validated.sources()) {
      MigrationPlan plan =
          engine
              .getRuntimeService()
              .createMigrationPlan(
                  source.version().processDefinitionId(), validated.target().processDefinitionId())
              .mapEqualActivities()
              .updateEventTriggers()
              .build();
      List<String> running =
          runningInstances(
              engine
                  .getRepositoryService()
                  .getProcessDefinition(source.version().processDefinitionId()),
              onlyInstances);
      rulesAsOf.move(running, now);
      batches.add(
          engine
              .getRuntimeService()
              .newMigration(plan)
              .processInstanceIds(running)
              .executeAsync()
              .getId());
    }
    return new MigrationReport(
        validated.processKey(),
        validated.target(),
        validated.sources(),
        validated.instances(),
        true,
        batches);
  }

  private List<ProcessDefinition> olderVersions(
      String processKey, ProcessDefinition target, Integer fromVersion) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .orderByProcessDefinitionVersion()
        .asc()
        .unlimitedList()
        .stream()
        .filter(definition -> definition.getVersion() < target.getVersion())
        .filter(definition -> fromVersion == null || definition.getVersion() == fromVersion)
        .toList();
  }

  private List<String> runningInstances(ProcessDefinition definition, Set<String> only) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionId(definition.getId())
        .unlimitedList()
        .stream()
        .map(ProcessInstance::getId)
        .filter(id -> only == null || only.contains(id))
        .toList();
  }

  /** What the plan refuses, and every activity where instances wait that the plan does not map. */
  private List<Problem> problems(
      ProcessDefinition source, ProcessDefinition target, List<String> running) {
    List<Problem> problems = new ArrayList<>();
    MigrationPlan plan;
    try {
      plan = plan(source.getId(), target.getId());
    } catch (MigrationPlanValidationException e) {
      for (MigrationInstructionValidationReport report :
          e.getValidationReport().getInstructionReports()) {
        report
            .getFailures()
            .forEach(
                failure ->
                    problems.add(
                        new Problem(
                            report.getMigrationInstruction().getSourceActivityId(), failure)));
      }
      e.getValidationReport()
          .getVariableReports()
          .forEach(
              (variable, report) ->
                  report
                      .getFailures()
                      .forEach(
                          failure -> problems.add(new Problem("variable " + variable, failure))));
      if (problems.isEmpty()) {
        problems.add(new Problem("plan", e.getMessage()));
      }
      return problems;
    }
    Set<String> mapped =
        plan.getInstructions().stream()
            .map(MigrationInstruction::getSourceActivityId)
            .collect(Collectors.toSet());
    Map<String, Integer> waiting = new TreeMap<>();
    for (String instance : running) {
      Set<String> activities = new HashSet<>();
      collect(engine.getRuntimeService().getActivityInstance(instance), source.getId(), activities);
      activities.forEach(activity -> waiting.merge(activity, 1, Integer::sum));
    }
    waiting.forEach(
        (activity, count) -> {
          if (!mapped.contains(activity)) {
            problems.add(
                new Problem(
                    activity,
                    count
                        + " running instance(s) of version "
                        + source.getVersion()
                        + " wait in "
                        + activity
                        + ", which version "
                        + target.getVersion()
                        + " has no activity of the same id and type to take them"));
          }
        });
    return problems;
  }

  private MigrationPlan plan(String sourceId, String targetId) {
    return engine
        .getRuntimeService()
        .createMigrationPlan(sourceId, targetId)
        .mapEqualActivities()
        .updateEventTriggers()
        .build();
  }

  /** The activity ids of an instance's tree, without the process itself. */
  private static void collect(
      ActivityInstance instance, String processDefinitionId, Set<String> activities) {
    if (instance == null) {
      return;
    }
    if (!processDefinitionId.equals(instance.getActivityId())) {
      activities.add(instance.getActivityId());
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      activities.add(transition.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, processDefinitionId, activities);
    }
  }

  private static Version versionOf(ProcessDefinition definition) {
    return new Version(definition.getId(), definition.getVersion());
  }
}
