package io.leansuccess.support;

import io.leansuccess.getwell.GetWellPlanProcess;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A get-well plan starts in jobs of its own: whoever escalates writes the plan and its start job,
 * which creates the process instance; the instance's first step is a job again (its start event is
 * asynchronous). The job executor is off in the tests, so a test that goes on with the plan runs
 * these jobs as the executor would.
 */
public final class PlanStarts {

  private PlanStarts() {}

  /** The account's plan jobs not yet run: the instances to create, then the first steps. */
  public static List<Job> pending(ProcessEngine engine, String accountId) {
    return Stream.concat(
            instanceStarts(engine, accountId).stream(), firstSteps(engine, accountId).stream())
        .toList();
  }

  /** The jobs that create the process instances of the account's plans, not yet run. */
  public static List<Job> instanceStarts(ProcessEngine engine, String accountId) {
    var jdbc =
        new JdbcTemplate(
            ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource());
    return jdbc
        .queryForList(
            """
            select j.id_ from act_ru_job j join ls_get_well_plan p on p.id = j.handler_cfg_
            where j.handler_type_ = ? and p.account_id = ? order by p.started_at""",
            String.class,
            GetWellPlanProcess.JOB_START_PLAN,
            accountId)
        .stream()
        .map(id -> engine.getManagementService().createJobQuery().jobId(id).singleResult())
        .toList();
  }

  /** The start jobs (first steps) of the account's plan instances, not yet run. */
  public static List<Job> firstSteps(ProcessEngine engine, String accountId) {
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

  /** Creates the instances of the account's plans, as their start jobs would: how many jobs ran. */
  public static int createInstances(ProcessEngine engine, String accountId) {
    List<Job> jobs = instanceStarts(engine, accountId);
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return jobs.size();
  }

  /** Runs the account's plan jobs, instances first: how many first steps ran. */
  public static int run(ProcessEngine engine, String accountId) {
    createInstances(engine, accountId);
    List<Job> jobs = firstSteps(engine, accountId);
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return jobs.size();
  }
}
