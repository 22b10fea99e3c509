package io.leansuccess.bench;

import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.execution.UseCaseExecutionProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The success cycle and the use-case execution it calls, of the same shape as the shipped diagrams
 * (read from {@code processes/} at run time, so they cannot drift apart) but with every delegate
 * and listener a {@link NoOpDelegate}: the same elements, ids, forms, timers, gateways and call
 * activity, none of the product's services or rules. Deployed with the product's forms, as the
 * product deploys its diagrams.
 */
final class NoOpCycle {

  static final String CYCLE = "BenchmarkNoOpSuccessCycle";
  static final String EXECUTION = "BenchmarkNoOpUseCaseExecution";

  private NoOpCycle() {}

  static Deployment deploy(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("benchmark-no-op-cycle")
            .addModelInstance(
                CYCLE + ".bpmn", noOp("processes/" + SuccessCycleProcess.KEY + ".bpmn", CYCLE))
            .addModelInstance(
                EXECUTION + ".bpmn",
                noOp("processes/" + UseCaseExecutionProcess.KEY + ".bpmn", EXECUTION));
    try {
      for (Resource form :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:processes/forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          deployment.addString(form.getFilename(), new String(in.readAllBytes(), "UTF-8"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deployment.deploy();
  }

  private static BpmnModelInstance noOp(String resource, String processId) {
    BpmnModelInstance model;
    try (InputStream in = NoOpCycle.class.getClassLoader().getResourceAsStream(resource)) {
      model = Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    process.setId(processId);
    process.setName("No-op " + process.getName());
    String noOp = NoOpDelegate.class.getName();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.setCamundaDelegateExpression(null);
      task.setCamundaClass(noOp);
    }
    for (CamundaExecutionListener listener :
        model.getModelElementsByType(CamundaExecutionListener.class)) {
      listener.setCamundaDelegateExpression(null);
      listener.setCamundaExpression(null);
      listener.setCamundaClass(noOp);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      listener.setCamundaDelegateExpression(null);
      listener.setCamundaExpression(null);
      listener.setCamundaClass(noOp);
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      call.setCalledElement(EXECUTION);
    }
    return model;
  }
}
