package io.leansuccess.getwell.process;

import io.leansuccess.getwell.GetWellPlanProcess;
import io.leansuccess.getwell.GetWellPlanService;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A get-well plan's start job: creates the plan's process instance ({@link
 * GetWellPlanService#start(String)}), in the job executor's transaction, on any node, retried and
 * then an incident when it keeps failing, like any job. Its configuration is the plan's id.
 */
@Component
class GetWellPlanStartJobs extends AbstractProcessEnginePlugin
    implements JobHandler<GetWellPlanStartJobs.PlanId> {

  static final String TYPE = GetWellPlanProcess.JOB_START_PLAN;

  // the service needs the engine this plugin helps to build: asked for when a job runs
  private final ObjectProvider<GetWellPlanService> plans;

  GetWellPlanStartJobs(ObjectProvider<GetWellPlanService> plans) {
    this.plans = plans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(this);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(
      PlanId configuration,
      ExecutionEntity execution,
      CommandContext commandContext,
      String tenantId) {
    plans.getObject().start(configuration.planId());
  }

  @Override
  public PlanId newConfiguration(String canonicalString) {
    return new PlanId(canonicalString);
  }

  @Override
  public void onDelete(PlanId configuration, JobEntity jobEntity) {
    // nothing of its own to clean up
  }

  record PlanId(String planId) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return planId;
    }
  }
}
