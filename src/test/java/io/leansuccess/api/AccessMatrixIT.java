package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.SuccessCycleProcess;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who gets what, actor by endpoint by verb, across {@code /api/v1}, {@code /engine-rest} and {@code
 * /pages}: the status each actor must get, which actors must find the row's object in the answer,
 * and that no answer to a team's member carries the other team's ids. Team A is the demo's
 * Enterprise EMEA ({@code demo.csm}, managed by {@code demo.manager}), team B Growth Americas.
 *
 * <p>Integrations (the CRM, and the scopes that only send signals) work on every account but only
 * in their scopes, and see no engine work. To add an actor, add it to {@link #ACTORS} and give
 * every row its expectation: a row without one for an actor fails, so nobody is left untested.
 */
@LeanSuccessIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  record Actor(String name, String user, String password, String team) {}

  static final Actor ANONYMOUS = new Actor("anonymous", null, null, null);
  static final Actor CSM_A = new Actor("CSM of team A", "demo.csm", "demo", "A");
  static final Actor CSM_B = new Actor("CSM of team B", DemoTeams.OTHER_CSM, "demo", "B");
  static final Actor MANAGER_A = new Actor("manager of team A", "demo.manager", "demo", "A");
  static final Actor ADMIN = new Actor("admin", "admin", "admin", null);

  /**
   * Integrations work on every account, each only in its scopes, and hold nothing in the engine.
   */
  static final Actor CRM = new Actor("CRM integration", "demo.crm", "demo", null);

  /** The scopes that only send signals or measurements: none of the rows' data is theirs. */
  static final List<Actor> SIGNAL_SCOPES =
      List.of(
          new Actor("billing integration", "demo.billing", "demo", null),
          new Actor("analytics integration", "demo.analytics", "demo", null),
          new Actor("surveys integration", "demo.surveys", "demo", null),
          new Actor("ticketing integration", "demo.ticketing", "demo", null));

  static final List<Actor> INTEGRATIONS =
      Stream.concat(Stream.of(CRM), SIGNAL_SCOPES.stream()).toList();
  static final List<Actor> ACTORS =
      Stream.concat(Stream.of(ANONYMOUS, CSM_A, CSM_B, MANAGER_A, ADMIN), INTEGRATIONS.stream())
          .toList();

  /**
   * One request: {@code {A}}, {@code {B}}, {@code {useCaseA}}, {@code {instanceA}}, {@code {taskA}}
   * in its path and body stand for team A's and B's objects; {@code expected} holds each actor's
   * status; {@code finds} the actors whose answer must carry {@code marker}.
   */
  record Row(
      String verb,
      String path,
      String body,
      Map<Actor, Integer> expected,
      String marker,
      List<Actor> finds) {

    @Override
    public String toString() {
      return verb + " " + path;
    }
  }

  @LocalServerPort int port;
  @Autowired CycleService cycles;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private final Map<String, String> ids = new LinkedHashMap<>();
  private String accountBJson;

  @BeforeAll
  void givenEachTeamAnAccountWithAUseCaseAndACycle() {
    var crm = new ApiClient(port).as("demo.crm", "demo");
    for (String team : List.of("A", "B")) {
      var account =
          anAccount()
              .with(
                  "team", team.equals("A") ? DemoTeams.ENTERPRISE_EMEA : DemoTeams.GROWTH_AMERICAS)
              .with("owner", team.equals("A") ? "demo.csm" : DemoTeams.OTHER_CSM);
      assertThat(crm.put("/api/v1/accounts/" + account.id(), account.json()).status())
          .isEqualTo(201);
      ids.put("{" + team + "}", account.id());
      var useCase =
          crm.post(
              "/api/v1/accounts/" + account.id() + "/use-cases",
              UseCaseJson.aPlannedUseCase().json());
      ids.put("{useCase" + team + "}", useCase.json().path("id").asText());
      cycles.start(account.id());
      String instance =
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey(SuccessCycleProcess.KEY)
              .processInstanceBusinessKey(account.id())
              .singleResult()
              .getId();
      ids.put("{instance" + team + "}", instance);
      ids.put(
          "{task" + team + "}",
          tasks.createTaskQuery().processInstanceId(instance).list().get(0).getId());
      if (team.equals("B")) {
        accountBJson = account.json();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> shouldAnswerEachActorAsItsRightsSay() {
    List<DynamicTest> checks = new ArrayList<>();
    for (Row row : rows()) {
      for (Actor actor : ACTORS) {
        checks.add(DynamicTest.dynamicTest(actor.name() + ": " + row, () -> check(row, actor)));
      }
    }
    return checks.stream();
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // /api/v1: the lists, team A's account and what is under it, team B's account, and the moves
    // the first page only: TeamAccountsIT pages through every account
    rows.add(read("/api/v1/accounts", all(401, 200).crm(200).signalScopes(403), null));
    rows.add(
        read(
            "/api/v1/accounts/{A}",
            teamA().crm(200).signalScopes(403),
            "{A}",
            CSM_A,
            MANAGER_A,
            ADMIN,
            CRM));
    for (String under : List.of("/use-cases", "/health", "/champions")) {
      rows.add(read("/api/v1/accounts/{A}" + under, teamA().crm(200).signalScopes(403), null));
    }
    // the CS team's work and the rules' reasoning: no integration's
    for (String under :
        List.of(
            "/maturity",
            "/cycles",
            "/cycles/current",
            "/get-well-plans",
            "/decisions",
            "/renewal-readiness")) {
      rows.add(read("/api/v1/accounts/{A}" + under, teamA().crm(403).signalScopes(403), null));
    }
    // the use-case library: every CS member and the CRM (anonymised entries only), no signal
    // scope; suggestions are CS work on an account in view
    rows.add(read("/api/v1/use-case-library", all(401, 200).crm(200).signalScopes(403), null));
    rows.add(
        read(
            "/api/v1/accounts/{A}/use-case-suggestions", teamA().crm(403).signalScopes(403), null));
    rows.add(
        read(
            "/api/v1/use-cases/{useCaseA}",
            teamA().crm(200).signalScopes(403),
            "{useCaseA}",
            CSM_A,
            MANAGER_A,
            ADMIN,
            CRM));
    rows.add(
        read(
            "/api/v1/accounts/{B}",
            expect(401, 404, 200, 404, 200).crm(200).signalScopes(403),
            "{B}",
            CSM_B,
            ADMIN,
            CRM));
    rows.add(
        new Row(
            "PUT",
            "/api/v1/accounts/{B}",
            accountBJson,
            expect(401, 404, 200, 404, 200).crm(200).signalScopes(403).map(),
            "{B}",
            List.of(CSM_B, ADMIN, CRM)));
    rows.add(
        new Row(
            "PUT",
            "/api/v1/accounts/{A}/team",
            "{\"team\": \"team-nobody\"}",
            expect(401, 403, 403, 400, 400).crm(403).signalScopes(403).map(),
            null,
            List.of()));
    rows.add(
        new Row(
            "PUT",
            "/api/v1/accounts/{B}/team",
            "{\"team\": \"team-nobody\"}",
            expect(401, 403, 403, 404, 400).crm(403).signalScopes(403).map(),
            null,
            List.of()));
    // share links: the CS team's, of the accounts in view; no integration's
    rows.add(read("/api/v1/accounts/{A}/share-links", teamA().crm(403).signalScopes(403), null));
    rows.add(
        new Row(
            "POST",
            "/api/v1/accounts/{A}/share-links",
            "{}",
            expect(401, 201, 404, 201, 201).crm(403).signalScopes(403).map(),
            "{A}",
            List.of(CSM_A, MANAGER_A, ADMIN)));
    rows.add(
        new Row(
            "POST",
            "/api/v1/accounts/{B}/share-links",
            "{}",
            expect(401, 404, 201, 404, 201).crm(403).signalScopes(403).map(),
            "{B}",
            List.of(CSM_B, ADMIN)));
    // the shared view opens with a valid link only, whoever asks
    rows.add(read("/shared/{A}/not-a-token", all(404, 404).crm(404).signalScopes(404), null));
    // /engine-rest: the calls Tasklist and Cockpit make, paged as they page; an integration gets
    // empty lists and nothing by id
    rows.add(
        read(
            "/engine-rest/task?processInstanceBusinessKey={A}&firstResult=0&maxResults=15",
            all(401, 200).crm(200).signalScopes(200),
            "{taskA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        new Row(
            "POST",
            "/engine-rest/task?firstResult=0&maxResults=15",
            "{\"processInstanceBusinessKey\": \"{A}\"}",
            all(401, 200).crm(200).signalScopes(200).map(),
            "{taskA}",
            List.of(CSM_A, MANAGER_A, ADMIN)));
    rows.add(
        read(
            "/engine-rest/task/{taskA}",
            teamA().crm(404).signalScopes(404),
            "{taskA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        read(
            "/engine-rest/process-instance?businessKey={A}&firstResult=0&maxResults=50",
            all(401, 200).crm(200).signalScopes(200),
            "{instanceA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        read(
            "/engine-rest/process-instance/{instanceA}/variables",
            expect(401, 200, 403, 200, 200).crm(403).signalScopes(403),
            "{A}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        read(
            "/engine-rest/history/process-instance?processInstanceBusinessKey={A}&firstResult=0&maxResults=50",
            all(401, 200).crm(200).signalScopes(200),
            "{instanceA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        read(
            "/engine-rest/history/task?processInstanceBusinessKey={A}&firstResult=0&maxResults=50",
            all(401, 200).crm(200).signalScopes(200),
            "{taskA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        read(
            "/engine-rest/history/variable-instance?processInstanceId={instanceA}&firstResult=0&maxResults=50",
            all(401, 200).crm(200).signalScopes(200),
            "{instanceA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(
        read(
            "/engine-rest/job?processInstanceId={instanceA}&firstResult=0&maxResults=50",
            all(401, 200).crm(200).signalScopes(200),
            "{instanceA}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    // /pages: anonymous goes to the login page; integrations have none. The portfolio is paged:
    // the search puts account A on the first page of those who see it
    rows.add(
        read(
            "/pages/portfolio?q={A}",
            all(302, 200).crm(403).signalScopes(403),
            "{A}",
            CSM_A,
            MANAGER_A,
            ADMIN));
    rows.add(read("/pages/use-case-library", all(302, 200).crm(403).signalScopes(403), null));
    return rows;
  }

  private void check(Row row, Actor actor) {
    Integer expected = row.expected().get(actor);
    assertThat(expected).as("no expectation for %s on %s: add one", actor.name(), row).isNotNull();
    var client =
        actor.user() == null
            ? new ApiClient(port)
            : new ApiClient(port).as(actor.user(), actor.password());
    String path = resolve(row.path());
    var answer =
        switch (row.verb()) {
          case "GET" -> client.get(path);
          case "PUT" -> client.put(path, resolve(row.body()));
          case "POST" -> client.post(path, resolve(row.body()));
          default -> throw new IllegalArgumentException(row.verb());
        };
    assertThat(answer.status())
        .as("%s %s as %s: %s", row.verb(), path, actor.name(), answer.body())
        .isEqualTo(expected);
    if (row.marker() != null && row.finds().contains(actor)) {
      assertThat(answer.body())
          .as("%s finds %s", actor.name(), row.marker())
          .contains(resolve(row.marker()));
    }
    if (INTEGRATIONS.contains(actor) && !row.path().startsWith("/api/v1")) {
      // nothing of any team's work in the engine or the pages
      String request = path + " " + (row.body() == null ? "" : resolve(row.body()));
      ids.forEach(
          (key, id) -> {
            if (!request.contains(id)) {
              assertThat(answer.body())
                  .as("%s sees no work in the engine", actor.name())
                  .doesNotContain(id);
            }
          });
    }
    if (actor.team() != null) {
      String otherTeam = actor.team().equals("A") ? "B" : "A";
      String request = path + " " + (row.body() == null ? "" : resolve(row.body()));
      ids.forEach(
          (key, id) -> {
            // a problem document may repeat the path asked for; anything else of the other team's
            // is a leak
            if (key.endsWith(otherTeam + "}") && !request.contains(id)) {
              assertThat(answer.body())
                  .as("%s sees nothing of team %s", actor.name(), otherTeam)
                  .doesNotContain(id);
            }
          });
    }
  }

  private String resolve(String text) {
    String resolved = text;
    for (var id : ids.entrySet()) {
      resolved = resolved.replace(id.getKey(), id.getValue());
    }
    return resolved;
  }

  private static Row read(String path, Expected expected, String marker, Actor... finds) {
    return new Row("GET", path, null, expected.map(), marker, List.of(finds));
  }

  /** Team A's object: 404 for team B, as if it did not exist. */
  private static Expected teamA() {
    return expect(401, 200, 404, 200, 200);
  }

  private static Expected all(int anonymous, int signedIn) {
    return expect(anonymous, signedIn, signedIn, signedIn, signedIn);
  }

  private static Expected expect(int anonymous, int csmA, int csmB, int managerA, int admin) {
    return new Expected(
        Map.of(ANONYMOUS, anonymous, CSM_A, csmA, CSM_B, csmB, MANAGER_A, managerA, ADMIN, admin));
  }

  /** Each actor's status; the integrations' columns are added row by row, so none is forgotten. */
  record Expected(Map<Actor, Integer> map) {

    Expected crm(int status) {
      return with(CRM, status);
    }

    /** What each scope that only sends signals or measurements gets. */
    Expected signalScopes(int status) {
      Expected all = this;
      for (Actor scope : SIGNAL_SCOPES) {
        all = all.with(scope, status);
      }
      return all;
    }

    private Expected with(Actor actor, int status) {
      var more = new LinkedHashMap<>(map);
      more.put(actor, status);
      return new Expected(more);
    }
  }
}
