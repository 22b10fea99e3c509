package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.decision.DecisionService;
import io.leansuccess.support.Http;
import io.leansuccess.support.PostgresServer;
import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistCandidate;
import io.leansuccess.usecase.ShortlistVerdict;
import io.leansuccess.usecase.UseCaseKind;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Adding the plain jar to a Camunda application brings our processes, rules and API. */
class EmbeddedPluginIT {

  static ConfigurableApplicationContext host;

  @BeforeAll
  static void startTheHost() {
    String url = PostgresServer.acquireNewDatabase();
    host = new SpringApplicationBuilder(HostApplication.class).run(
        "--spring.config.name=host-without-config-files",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--server.port=0",
        // the host keeps the engine's own schema management and adds our tables through Liquibase
        "--camunda.bpm.database.schema-update=true",
        "--spring.liquibase.change-log=classpath:db/lean-success/changelog.xml",
        "--camunda.bpm.process-engine-name=host",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.admin-user.id=host.admin",
        "--camunda.bpm.admin-user.password=host-secret");
  }

  @AfterAll
  static void stopTheHost() {
    host.close();
    PostgresServer.release();
  }

  @Test
  void shouldDeployOurProcessesAndRulesIntoTheHostsEngine() {
    RepositoryService repository = host.getBean(RepositoryService.class);

    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .contains("SuccessCycleProcess", "UseCaseExecutionProcess");
    var deployment = repository.createDeploymentQuery().deploymentName("lean-success").singleResult();
    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .contains("rules/UseCaseShortlisting.drl", "rules/UseCaseOutcome.drl", "rules/MaturityTransitions.drl");
  }

  @Test
  void shouldEvaluateOurDecisionsInTheHost() {
    var candidate = new ShortlistCandidate("embedded", UseCaseKind.PLANNED, true, Set.of(ScorecardPerspective.FINANCIAL),
        List.of(), true, true, true, 1, 1);

    var decision = host.getBean(DecisionService.class).evaluate("UseCaseShortlisting", List.of(candidate));

    assertThat(decision.single(CriteriaAssessment.class).orElseThrow().verdict()).isEqualTo(ShortlistVerdict.SHORTLISTED);
  }

  @Test
  void shouldServeOurApiBehindTheHostsUsers() {
    int port = ((ServletWebServerApplicationContext) host).getWebServer().getPort();

    assertThat(Http.anonymous(port).get("/api/v1/rules").statusCode()).isEqualTo(401);
    assertThat(Http.as(port, "host.admin", "host-secret").get("/api/v1/rules").statusCode()).isEqualTo(200);
    // this host's engine is not named "default", so Camunda's REST addresses it by name
    assertThat(Http.anonymous(port).get("/engine-rest/engine/host/process-definition").statusCode()).isEqualTo(401);
    assertThat(Http.as(port, "host.admin", "host-secret").get("/engine-rest/engine/host/process-definition")
        .statusCode()).isEqualTo(200);
  }
}
