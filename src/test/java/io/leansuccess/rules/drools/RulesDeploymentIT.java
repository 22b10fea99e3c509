package io.leansuccess.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.decision.RulesAsOf;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.decision.UnknownDecisionException;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.ModelerDeployment;
import io.leansuccess.support.ProbeRules;
import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.KpiDefinition;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.ShortlistCandidate;
import io.leansuccess.usecase.ShortlistVerdict;
import io.leansuccess.usecase.UseCaseKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rules deployed the way process designers deploy them, and evaluated through DecisionService. */
@LeanSuccessIntegrationTest
class RulesDeploymentIT {

  /** Line 5, column 16 (Drools counts columns from 0): the first '=' of "= =". */
  static final String BROKEN_DRL =
      """
      package probe;

      rule "Broken"
      when
          String(this = = "a")
      then
      end
      """;

  @Autowired TestRestTemplate rest;
  @Autowired DecisionService decisions;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired RuleSetCompiler compiler;
  @Autowired CompiledRulesCache cache;
  @Autowired RuleSetTable table;
  @Autowired DeployedRules deployedRules;
  @Autowired RulesAsOf rulesAsOf;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldRejectWith400AndCompilerMessagesAndStoreNothingWhenADrlDoesNotCompile()
      throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    long ruleSets = ruleSetRows();

    ResponseEntity<String> response =
        deployThroughRest(
            "broken-rules",
            Map.of(
                "rules/ValidBesideBroken.drl",
                ProbeRules.answering(1),
                "rules/Broken.drl",
                BROKEN_DRL));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("type").asText()).isEqualTo("ParseException");
    assertThat(body.path("message").asText())
        .contains("rules/Broken.drl:5:16: [ERR 102] Line 5:16 mismatched input '='");
    JsonNode error = body.path("details").path("rules/Broken.drl").path("errors").path(0);
    assertThat(error.path("line").asInt()).isEqualTo(5);
    assertThat(error.path("column").asInt()).isEqualTo(16);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(ruleSetRows()).isEqualTo(ruleSets);
    assertThatThrownBy(() -> decisions.evaluate("ValidBesideBroken", List.of("question")))
        .isInstanceOf(UnknownDecisionException.class);
  }

  @Test
  void shouldEvaluateTheNewVersionOnTheNextCallWhenNewRulesAreDeployed() throws Exception {
    String first =
        deploymentIdOf(
            deployThroughRest(
                "probe", Map.of("rules/ProbeNewVersion.drl", ProbeRules.answering(1))));
    Decision before = decisions.evaluate("ProbeNewVersion", List.of("question"));

    String second =
        deploymentIdOf(
            deployThroughRest(
                "probe", Map.of("rules/ProbeNewVersion.drl", ProbeRules.answering(2))));
    Decision after = decisions.evaluate("ProbeNewVersion", List.of("question"));

    assertThat(before.firedRules()).containsExactly("Answer from version 1");
    assertThat(before.rulesVersion().deploymentId()).isEqualTo(first);
    assertThat(after.firedRules()).containsExactly("Answer from version 2");
    assertThat(after.factsOf(String.class)).containsExactlyInAnyOrder("question", "answer 2");
    assertThat(after.rulesVersion().deploymentId()).isEqualTo(second).isNotEqualTo(first);
    assertThat(after.rulesVersion().resourceName()).isEqualTo("rules/ProbeNewVersion.drl");
  }

  @Test
  void shouldShortlistWithTheRulesOfThePluginDeployment() {
    var kpi = new KpiDefinition("weekly active users", 120.0, 400.0, MeasurementMethod.ANALYTICS);
    var candidate =
        new ShortlistCandidate(
            "crm-sync",
            UseCaseKind.PLANNED,
            true,
            Set.of(),
            List.of(kpi),
            false,
            false,
            false,
            5,
            1);

    Decision decision = decisions.evaluate("UseCaseShortlisting", List.of(candidate));

    assertThat(decision.single(CriteriaAssessment.class))
        .get()
        .extracting(CriteriaAssessment::verdict)
        .isEqualTo(ShortlistVerdict.SHORTLISTED);
    assertThat(decision.firedRules())
        .contains(
            "Strategic: touches core operations",
            "Measurable: enough KPIs with baseline, target and method")
        .endsWith("Use case passes enough criteria groups");
    Deployment plugin =
        repository
            .createDeploymentQuery()
            .deploymentName("lean-success")
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);
    var expected =
        new RulesVersion(
            "UseCaseShortlisting",
            plugin.getId(),
            "lean-success",
            plugin.getDeploymentTime().toInstant(),
            "rules/UseCaseShortlisting.drl");
    assertThat(decision.rulesVersion()).isEqualTo(expected);
    assertThat(decisions.deployedDecisions()).contains(expected);
  }

  @Test
  void shouldCompileOncePerDeploymentAndNeverPerEvaluation() {
    long before = compiler.compilations();

    deploy("rules/ProbeCompiledOnce.drl", ProbeRules.answering(1));
    for (int i = 0; i < 3; i++) {
      decisions.evaluate("ProbeCompiledOnce", List.of("question"));
    }

    assertThat(compiler.compilations()).isEqualTo(before + 1);
  }

  @Test
  void shouldLoadRulesFromTheRepositoryWhenTheCacheIsEmptyAsAfterARestart() {
    String deploymentId = deploy("rules/ProbeAfterRestart.drl", ProbeRules.answering(1));
    cache.clear();
    long before = compiler.compilations();

    Decision first = decisions.evaluate("ProbeAfterRestart", List.of("question"));
    Decision second = decisions.evaluate("ProbeAfterRestart", List.of("question"));

    assertThat(first.firedRules()).containsExactly("Answer from version 1");
    assertThat(second.rulesVersion().deploymentId()).isEqualTo(deploymentId);
    assertThat(compiler.compilations()).isEqualTo(before + 1);
  }

  @Test
  void shouldFallBackToThePreviousRulesWhenTheLatestDeploymentIsDeleted() {
    String first = deploy("rules/ProbeDeleted.drl", ProbeRules.answering(1));
    String second = deploy("rules/ProbeDeleted.drl", ProbeRules.answering(2));

    Decision beforeDeletion = decisions.evaluate("ProbeDeleted", List.of("question"));
    repository.deleteDeployment(second, true);
    Decision decision = decisions.evaluate("ProbeDeleted", List.of("question"));

    assertThat(beforeDeletion.rulesVersion().deploymentId()).isEqualTo(second);

    assertThat(decision.firedRules()).containsExactly("Answer from version 1");
    assertThat(decision.rulesVersion().deploymentId()).isEqualTo(first);
  }

  /**
   * Another node sees rules deployed or deleted here (or on a third node, or written by any other
   * means) once its refresh interval has passed: this node stands for it with a second instance of
   * the rules in force, which nothing here tells of the change.
   */
  @Test
  void shouldTakeRulesDeployedAndDeletedOnAnotherNodeWithinTheRefreshInterval() {
    var clock = new AtomicLong();
    var otherNode =
        new DroolsDecisionService(
            new RulesInForce(table, deployedRules, Duration.ofSeconds(5), clock::get),
            deployedRules,
            cache,
            rulesAsOf);
    String first = deploy("rules/ProbeOtherNode.drl", ProbeRules.answering(1));
    assertThat(deploymentOf(otherNode.evaluate("ProbeOtherNode", List.of("question"))))
        .isEqualTo(first);

    String second = deploy("rules/ProbeOtherNode.drl", ProbeRules.answering(2));
    clock.addAndGet(Duration.ofSeconds(4).toNanos());
    String withinTheInterval =
        deploymentOf(otherNode.evaluate("ProbeOtherNode", List.of("question")));
    clock.addAndGet(Duration.ofSeconds(1).toNanos());
    Decision afterTheInterval = otherNode.evaluate("ProbeOtherNode", List.of("question"));

    assertThat(withinTheInterval).as("read less than 5 s ago").isEqualTo(first);
    assertThat(afterTheInterval.rulesVersion().deploymentId()).isEqualTo(second);
    assertThat(afterTheInterval.firedRules()).containsExactly("Answer from version 2");

    repository.deleteDeployment(second, true);
    clock.addAndGet(Duration.ofSeconds(5).toNanos());
    Decision afterTheDeletion = otherNode.evaluate("ProbeOtherNode", List.of("question"));

    assertThat(afterTheDeletion.rulesVersion().deploymentId()).isEqualTo(first);
    assertThat(afterTheDeletion.firedRules()).containsExactly("Answer from version 1");
  }

  /** A row another node's release wrote straight into the table counts as well. */
  @Test
  void shouldTakeARuleSetRowWrittenByOtherMeansWithinTheRefreshInterval() {
    var clock = new AtomicLong();
    var thisNode = new RulesInForce(table, deployedRules, Duration.ofSeconds(5), clock::get);
    String first = deploy("rules/ProbeWrittenRow.drl", ProbeRules.answering(1));
    assertThat(thisNode.newestFirst("ProbeWrittenRow"))
        .extracting(RulesVersion::deploymentId)
        .containsExactly(first);
    Deployment other =
        repository
            .createDeployment()
            .name("ProbeWrittenRowOnly")
            .addString("rules/Unrelated.txt", "not rules")
            .deploy();
    jdbc.update(
        "insert into ls_rule_set (decision_name, deployment_id, resource_name, deployed_at)"
            + " values (?, ?, ?, ?)",
        "ProbeWrittenRow",
        other.getId(),
        "rules/ProbeWrittenRow.drl",
        Timestamp.from(other.getDeploymentTime().toInstant()));

    clock.addAndGet(Duration.ofSeconds(5).toNanos());

    assertThat(thisNode.newestFirst("ProbeWrittenRow"))
        .extracting(RulesVersion::deploymentId)
        .containsExactly(other.getId(), first);
  }

  @Test
  void shouldRollTheRuleSetRowBackWithTheDeploymentTransaction() {
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            transaction -> {
              deploy("rules/ProbeRolledBack.drl", ProbeRules.answering(1));
              // visible inside the transaction: the row was written on the deployment's connection
              assertThat(ruleSetRowsOf("ProbeRolledBack")).isEqualTo(1);
              transaction.setRollbackOnly();
            });

    assertThat(repository.createDeploymentQuery().deploymentName("ProbeRolledBack").count())
        .isZero();
    assertThat(ruleSetRowsOf("ProbeRolledBack")).isZero();
    assertThatThrownBy(() -> decisions.evaluate("ProbeRolledBack", List.of("question")))
        .isInstanceOf(UnknownDecisionException.class);
  }

  @Test
  void shouldRefuseADecisionThatWasNeverDeployed() {
    assertThatThrownBy(() -> decisions.evaluate("NoSuchDecision", List.of()))
        .isInstanceOf(UnknownDecisionException.class)
        .hasMessageContaining("NoSuchDecision");
  }

  /**
   * As Camunda Modeler deploys (a multipart form, one part per file, as the admin), from a script
   * of ours.
   */
  private ResponseEntity<String> deployThroughRest(
      String deploymentName, Map<String, String> drlByResource) {
    return ModelerDeployment.deploy(rest, deploymentName, "RulesDeploymentIT", drlByResource);
  }

  private String deploymentIdOf(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody()).path("id").asText();
  }

  private String deploy(String resourceName, String drl) {
    return repository
        .createDeployment()
        .name(RuleSetCompiler.decisionNameOf(resourceName))
        .addString(resourceName, drl)
        .deploy()
        .getId();
  }

  private static String deploymentOf(Decision decision) {
    return decision.rulesVersion().deploymentId();
  }

  private long ruleSetRows() {
    return jdbc.queryForObject("select count(*) from ls_rule_set", Long.class);
  }

  private long ruleSetRowsOf(String decisionName) {
    return jdbc.queryForObject(
        "select count(*) from ls_rule_set where decision_name = ?", Long.class, decisionName);
  }
}
