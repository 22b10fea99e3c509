package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.support.Http;
import io.leansuccess.support.PostgresServer;
import io.leansuccess.support.SecondApplication;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product's grants are applied once per version: an admin's later change survives a restart, a
 * later release's version is applied once, and a database from before versions loses what the
 * versions took away. Its own database, started twice as the product starts.
 */
class GrantsVersionsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private String url;

  @BeforeEach
  void givenAnEmptyDatabase() {
    url = PostgresServer.acquireNewDatabase();
  }

  @AfterEach
  void releaseTheDatabase() {
    PostgresServer.release();
  }

  @Test
  void shouldKeepWhatTheAdminRemovedAcrossARestartAndApplyEachLaterVersionOnce() throws Exception {
    try (var first = SecondApplication.start(url, "demo")) {
      Http admin = Http.as(port(first), "admin", "admin");
      String grantId = csmGrantIds(admin, USER).get(0);
      var removed =
          admin.send(admin.request("/engine-rest/engine/second/authorization/" + grantId).DELETE());
      assertThat(removed.statusCode()).isEqualTo(204);
      assertThat(csmGrantIds(admin, USER)).isEmpty();
    }

    try (var restarted = SecondApplication.start(url, "demo")) {
      ProcessEngine engine = restarted.getBean(ProcessEngine.class);
      AccessSetup access = restarted.getBean(AccessSetup.class);
      assertThat(grant(engine, USER)).as("the start leaves the admin's change alone").isNull();
      assertThat(engine.getManagementService().getProperties())
          .containsEntry(AccessSetup.GRANTS_VERSION_PROPERTY, String.valueOf(latest().number()));

      var laterRelease = new ArrayList<>(ProductGrants.of(new LeanSuccessProperties.Security()));
      laterRelease.add(
          new GrantsVersion(
              latest().number() + 1,
              "CSMs see users again",
              grants -> grants.grant("csm", USER, "*", READ)));
      access.applyGrants(engine, laterRelease);
      assertThat(grant(engine, USER).isPermissionGranted(READ))
          .as("the new version applied")
          .isTrue();

      engine.getAuthorizationService().deleteAuthorization(grant(engine, USER).getId());
      access.applyGrants(engine, laterRelease);
      assertThat(grant(engine, USER)).as("and only once").isNull();
    }
  }

  @Test
  void shouldTakeEveryTaskFromTheCsmsOfADatabaseFromBeforeVersions() {
    try (var app = SecondApplication.start(url, "demo")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      AuthorizationService authorizations = engine.getAuthorizationService();
      // what every start of earlier releases left behind: no version, the CSMs on every task
      engine.getManagementService().deleteProperty(AccessSetup.GRANTS_VERSION_PROPERTY);
      new Grants(engine.getIdentityService(), authorizations).grant("csm", TASK, "*", READ, UPDATE);

      app.getBean(AccessSetup.class).createGroupsAndAuthorizations(engine);

      assertThat(grant(engine, TASK)).isNull();
      // since version 5 the managers too get each task of their teams' accounts, not every task
      assertThat(
              authorizations
                  .createAuthorizationQuery()
                  .groupIdIn("cs-manager")
                  .resourceType(TASK)
                  .resourceId("*")
                  .singleResult())
          .isNull();
    }
  }

  private static GrantsVersion latest() {
    List<GrantsVersion> versions = ProductGrants.of(new LeanSuccessProperties.Security());
    return versions.get(versions.size() - 1);
  }

  private static Authorization grant(ProcessEngine engine, Resource resource) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .groupIdIn("csm")
        .resourceType(resource)
        .resourceId("*")
        .singleResult();
  }

  private static List<String> csmGrantIds(Http admin, Resource resource) throws Exception {
    var response =
        admin.get(
            "/engine-rest/engine/second/authorization?maxResults=100&groupIdIn=csm&resourceType="
                + resource.resourceType());
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode authorization : JSON.readTree(response.body())) {
      ids.add(authorization.get("id").asText());
    }
    return ids;
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }
}
