package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Deleting the last version of a decision that a running process still evaluates is refused, as
 * Cockpit deletes.
 */
@LeanSuccessIntegrationTest
class DecisionRemovalIT {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  private String processDeployment;

  @AfterEach
  void deleteTheProbeProcess() {
    if (processDeployment != null) {
      repository.deleteDeployment(processDeployment, true);
    }
  }

  @Test
  void
      shouldRefuseWith400NamingTheProcessToDeleteTheOnlyVersionOfADecisionARunningProcessEvaluates() {
    String rules = deployRules(GuardProbeDelegate.DECISION, 1);
    processDeployment =
        repository
            .createDeployment()
            .name("GuardProbeProcess")
            .addModelInstance(
                "GuardProbeProcess.bpmn",
                Bpmn.createExecutableProcess("GuardProbeProcess")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Wait")
                    .serviceTask("Task_Decide")
                    .camundaDelegateExpression("${evaluateGuardProbe}")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    runtime.startProcessInstanceByKey("GuardProbeProcess");

    ResponseEntity<String> refused = deleteThroughRest(rules);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody())
        .contains("GuardProbeProcess (version 1, 1 running, evaluates GuardProbe)")
        .contains("BadUserRequestException")
        .doesNotContain("at io.", "Exception:");
    assertThat(repository.createDeploymentQuery().deploymentId(rules).count()).isOne();

    deployRules(GuardProbeDelegate.DECISION, 2);
    assertThat(deleteThroughRest(rules).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void shouldDeleteTheOnlyVersionOfADecisionNoRunningProcessEvaluates() {
    String rules = deployRules("UnusedProbe", 1);

    assertThat(deleteThroughRest(rules).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String deployRules(String decision, int version) {
    return repository
        .createDeployment()
        .name(decision)
        .addString(
            "rules/" + decision + ".drl",
            """
        package probe;

        rule "Answer from version %d"
        when
            String(this == "question")
        then
        end
        """
                .formatted(version))
        .deploy()
        .getId();
  }

  /** As Cockpit deletes a deployment, its instances with it. */
  private ResponseEntity<String> deleteThroughRest(String deploymentId) {
    return rest.withBasicAuth("admin", "admin")
        .exchange(
            "/engine-rest/deployment/" + deploymentId + "?cascade=true",
            HttpMethod.DELETE,
            null,
            String.class);
  }
}
