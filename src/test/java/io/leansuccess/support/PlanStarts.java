package io.leansuccess.support;

import io.leansuccess.getwell.GetWellPlanProcess;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A get-well plan starts in a job of its own (its start event is asynchronous): whoever escalates
 * only creates the instance. The job executor is off in the tests, so a test that goes on with the
 * plan runs its start job as the executor would.
 */
public final class PlanStarts {

  private PlanStarts() {}

  /** The account's plan start jobs, not yet run. */
  public static List<Job> pending(ProcessEngine engine, String accountId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .processInstanceBusinessKey(accountId)
        .list()
        .stream()
        .map(ProcessInstance::getId)
        .flatMap(
            instanceId ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(instanceId)
                    .activityId(GetWellPlanProcess.START_ACCOUNT_AT_RISK)
                    .list()
                    .stream())
        .toList();
  }

  /** Runs the account's plan start jobs: how many. */
  public static int run(ProcessEngine engine, String accountId) {
    List<Job> jobs = pending(engine, accountId);
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return jobs.size();
  }
}
