package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.api.ApiApplication;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.onboarding.OnboardingProcess;
import io.leansuccess.onboarding.OnboardingService;
import io.leansuccess.support.ContractBuilder;
import io.leansuccess.support.Http;
import io.leansuccess.support.PostgresServer;
import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistCandidate;
import io.leansuccess.usecase.ShortlistVerdict;
import io.leansuccess.usecase.UseCaseKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Adding the plain jar to a Camunda application brings the product: our processes, rules, API, the
 * task timings and the grants, with nothing taken from the product's own configuration files.
 */
class EmbeddedPluginIT {

  static ConfigurableApplicationContext host;

  @BeforeAll
  static void startTheHost() {
    host =
        startAHost(
            PostgresServer.acquireNewDatabase(),
            "host",
            "--camunda.bpm.authorization.enabled=true");
  }

  /**
   * Each host's engine has a name of its own: engines register JVM-wide by name, and closing a
   * second one of the same name would take the first one's away from Camunda's REST API.
   */
  static ConfigurableApplicationContext startAHost(String url, String engineName, String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.config.name=host-without-config-files",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                // the host keeps the engine's own schema management and adds our tables through
                // Liquibase
                "--camunda.bpm.database.schema-update=true",
                "--spring.liquibase.change-log=classpath:db/lean-success/changelog.xml",
                "--camunda.bpm.process-engine-name=" + engineName,
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.admin-user.id=host.admin",
                "--camunda.bpm.admin-user.password=host-secret"));
    arguments.addAll(List.of(more));
    return new SpringApplicationBuilder(HostApplication.class)
        .run(arguments.toArray(String[]::new));
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
    var deployment =
        repository.createDeploymentQuery().deploymentName("lean-success").singleResult();
    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .contains(
            "rules/UseCaseShortlisting.drl",
            "rules/UseCaseOutcome.drl",
            "rules/MaturityTransitions.drl");
  }

  @Test
  void shouldEvaluateOurDecisionsInTheHost() {
    var candidate =
        new ShortlistCandidate(
            "embedded",
            UseCaseKind.PLANNED,
            true,
            Set.of(ScorecardPerspective.FINANCIAL),
            List.of(),
            true,
            true,
            true,
            1,
            1);

    var decision =
        host.getBean(DecisionService.class).evaluate("UseCaseShortlisting", List.of(candidate));

    assertThat(decision.single(CriteriaAssessment.class).orElseThrow().verdict())
        .isEqualTo(ShortlistVerdict.SHORTLISTED);
  }

  @Test
  void shouldGiveTheCsmFiveBusinessDaysToReviewTheSuccessPlanInTheHost() {
    // a Monday: five business days later is the next Monday
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T09:00:00Z")));
    try {
      ContractBuilder contract = ContractBuilder.aContract();
      host.getBean(OnboardingService.class).receive(contract.build());

      Task review =
          host.getBean(TaskService.class)
              .createTaskQuery()
              .processInstanceBusinessKey(contract.accountId())
              .taskDefinitionKey(OnboardingProcess.TASK_REVIEW_SUCCESS_PLAN)
              .singleResult();
      assertThat(review.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-01-11T09:00:00Z")));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void shouldHoldTheProductsGrantsInTheHost() {
    var identity = host.getBean(IdentityService.class);
    User crm = identity.newUser("host.crm");
    crm.setPassword("crm-secret");
    identity.saveUser(crm);
    identity.createMembership("host.crm", "integration");
    host.getBean(OnboardingService.class).receive(ContractBuilder.aContract().build());
    int port = ((ServletWebServerApplicationContext) host).getWebServer().getPort();

    // an integration's user calls the API for its data, and sees no task in the engine
    String page = "/engine-rest/engine/host/task?firstResult=0&maxResults=15";
    assertThat(Http.as(port, "host.crm", "crm-secret").get(page).body()).isEqualTo("[]");
    assertThat(Http.as(port, "host.admin", "host-secret").get(page).body())
        .contains(OnboardingProcess.TASK_REVIEW_SUCCESS_PLAN);
    // the host's engine answers in pages, as the product's does
    assertThat(
            Http.as(port, "host.admin", "host-secret")
                .get("/engine-rest/engine/host/task")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void shouldRefuseToStartInAHostWithoutAuthorizations() {
    String url = PostgresServer.acquireNewDatabase();
    try {
      // without the webapps: they keep JVM-wide state that a host which never started would leave
      // behind
      assertThatThrownBy(
              () -> startAHost(url, "refused", "--camunda.bpm.webapp.enabled=false").close())
          .rootCause()
          .hasMessageContaining("Camunda authorizations are off")
          .hasMessageContaining("camunda.bpm.authorization.enabled=true");
    } finally {
      PostgresServer.release();
    }
  }

  @Test
  void shouldLeaveOutTheApiAndThePagesOfAHostThatSwitchesThemOff() {
    String url = PostgresServer.acquireNewDatabase();
    try (var lean =
        startAHost(
            url,
            "lean",
            "--camunda.bpm.authorization.enabled=true",
            "--camunda.bpm.webapp.enabled=false",
            "--lean-success.api.enabled=false",
            "--lean-success.pages.enabled=false")) {
      int port = ((ServletWebServerApplicationContext) lean).getWebServer().getPort();

      assertThat(lean.getBeanNamesForType(ApiApplication.class)).isEmpty();
      assertThat(Http.as(port, "host.admin", "host-secret").get("/api/v1/rules").statusCode())
          .isEqualTo(404);
      assertThat(Http.as(port, "host.admin", "host-secret").get("/pages/portfolio").statusCode())
          .isEqualTo(404);
      // the engine side stays: our processes, and the rules behind them
      assertThat(
              lean.getBean(RepositoryService.class)
                  .createProcessDefinitionQuery()
                  .processDefinitionKey("SuccessCycleProcess")
                  .count())
          .isPositive();
      assertThat(lean.getBean(DecisionService.class)).isNotNull();
    } finally {
      PostgresServer.release();
    }
  }

  @Test
  void shouldServeOurApiBehindTheHostsUsers() {
    int port = ((ServletWebServerApplicationContext) host).getWebServer().getPort();

    assertThat(Http.anonymous(port).get("/api/v1/rules").statusCode()).isEqualTo(401);
    assertThat(Http.as(port, "host.admin", "host-secret").get("/api/v1/rules").statusCode())
        .isEqualTo(200);
    // this host's engine is not named "default", so Camunda's REST addresses it by name
    assertThat(Http.anonymous(port).get("/engine-rest/engine/host/process-definition").statusCode())
        .isEqualTo(401);
    assertThat(
            Http.as(port, "host.admin", "host-secret")
                .get("/engine-rest/engine/host/process-definition?firstResult=0&maxResults=15")
                .statusCode())
        .isEqualTo(200);
  }
}
