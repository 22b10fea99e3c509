package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Generated bad input against every operation of the API's own OpenAPI document: wrong JSON types,
 * extreme numbers and dates, over-long and odd unicode strings, missing required fields, unknown
 * properties, unreadable path ids and query parameters. Whatever comes, the answer is never a 5xx,
 * every 4xx is a problem document without Java or SQL in it, and a refused request leaves every
 * table as it was.
 *
 * <p>jqwik is a JUnit Platform engine of its own, without Spring's extension; the Spring
 * TestContext framework is driven by hand, which shares the one context of the other tests.
 */
@LeanSuccessIntegrationTest
class ApiFuzzIT {

  private static final int TRIES = 500;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static List<FuzzOperation> operations;
  private static Fixture fixture;

  private ApiClient admin;
  private TableCounts tables;

  @BeforeContainer
  static void readTheOpenApiDocumentAndMakeAFixture() throws Exception {
    var self = new ApiFuzzIT();
    self.startSpring();
    var anonymous = new ApiClient(self.port);
    operations = FuzzOperation.allOf(anonymous.get("/api/v1/openapi.json").json());
    var csm = new ApiClient(self.port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    var useCase = aPlannedUseCase();
    assertThat(csm.post("/api/v1/accounts/" + account.id() + "/use-cases", useCase.json()).status())
        .isEqualTo(201);
    fixture = new Fixture(account.id(), useCase.id());
  }

  @BeforeProperty
  void startSpring() throws Exception {
    new TestContextManager(ApiFuzzIT.class).prepareTestInstance(this);
    admin = new ApiClient(port).as("admin", "admin");
    tables = new TableCounts(jdbc);
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
  void shouldAnswerEveryBadRequestWithAProblemDocumentAndChangeNothing(
      @ForAll("badRequests") FuzzRequest request) {
    String before = tables.fingerprint();

    var answer = request.sendWith(admin);

    assertThat(answer.status()).as(request + " -> " + answer.body()).isLessThan(500);
    if (answer.status() >= 400) {
      assertThat(answer.header("Content-Type"))
          .as(request + " -> " + answer.body())
          .startsWith("application/problem+json");
      JsonNode problem = answer.json();
      assertThat(problem.path("status").asInt()).as(request.toString()).isEqualTo(answer.status());
      assertThat(answer.body())
          .as(request.toString())
          .doesNotContainIgnoringCase("exception")
          .doesNotContain(
              "java.",
              "io.leansuccess",
              "com.fasterxml",
              "org.",
              "()",
              "SQL",
              "select ",
              "insert ");
      assertThat(tables.fingerprint())
          .as("nothing stored by " + request + " -> " + answer.body())
          .isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<FuzzRequest> badRequests() {
    return Arbitraries.of(operations).flatMap(operation -> operation.badRequests(fixture));
  }

  /** What the operations' path ids refer to when they are not the fuzzed part. */
  record Fixture(String accountId, String useCaseId) {}
}
