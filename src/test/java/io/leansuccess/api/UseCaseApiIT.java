package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/v1/accounts/{id}/use-cases and /api/v1/use-cases/{id}: the pipeline as integrations and CSMs
 * fill it.
 */
@LeanSuccessIntegrationTest
class UseCaseApiIT {

  @LocalServerPort int port;
  @Autowired UseCaseRepository useCaseRepository;

  private ApiClient csm;
  private String useCases;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    useCases = "/api/v1/accounts/" + account.id() + "/use-cases";
  }

  @Test
  void shouldCreateInThePipelineAndShowEverything() {
    var useCase = aPlannedUseCase();

    var created = csm.post(useCases, useCase.json());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/use-cases/" + useCase.id());
    JsonNode read = csm.get("/api/v1/use-cases/" + useCase.id()).json();
    assertThat(read).isEqualTo(created.json());
    assertThat(read.path("status").asText()).isEqualTo("PIPELINE");
    assertThat(read.path("iterations").asInt()).isZero();
    assertThat(read.path("segment").asText()).isEqualTo("emea");
    assertThat(read.path("template").path("workflow").asText())
        .isEqualTo("Reconciliation, approvals");
    assertThat(read.path("criteria").path("perspectives").toString())
        .isEqualTo("[\"FINANCIAL\",\"INTERNAL_PROCESS\"]");
    JsonNode kpi = read.path("kpis").path(0);
    assertThat(kpi.path("baseline").toString()).isEqualTo("9");
    assertThat(kpi.path("target").toString()).isEqualTo("5");
    assertThat(kpi.path("latestValue").isNull()).isTrue();
    assertThat(kpi.path("progress").isNull()).isTrue();
    assertThat(read.path("decisions").isArray()).isTrue();
  }

  @Test
  void shouldAnswerTheSameUseCaseWhenTheSameBodyIsPostedAgain() {
    var useCase = aPlannedUseCase();
    var created = csm.post(useCases, useCase.json());
    // the same numbers written another way are the same definition
    var repeated = csm.post(useCases, useCase.withKpiField(0, "baseline", 9.000).json());

    assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
    assertThat(repeated.json()).isEqualTo(created.json());
  }

  @Test
  void shouldAnswer409WhenAnotherDefinitionIsPostedUnderAnExistingId() {
    var useCase = aPlannedUseCase();
    csm.post(useCases, useCase.json());

    var problem = csm.post(useCases, useCase.with("title", "Something else").json()).problem(409);

    assertThat(problem.path("detail").asText()).contains(useCase.id());
    assertThat(csm.get("/api/v1/use-cases/" + useCase.id()).json().path("title").asText())
        .isEqualTo("Month-end close in the product");
  }

  @Test
  void shouldGenerateAnIdWhenTheBodyHasNone() {
    var created = csm.post(useCases, aPlannedUseCase().without("id").json());

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(created.header("Location")).endsWith("/api/v1/use-cases/" + id);
  }

  @Test
  void shouldAnswer400NamingTheTargetWhenAPlannedUseCaseHasAKpiWithoutOne() {
    var withoutTarget =
        aPlannedUseCase().withoutKpiField(0, "target").withoutKpiField(0, "baseline");

    var problem = csm.post(useCases, withoutTarget.json()).problem(400);

    assertThat(field(problem)).isEqualTo("kpis[0].target");
    assertThat(csm.get("/api/v1/use-cases/" + withoutTarget.id()).status()).isEqualTo(404);
  }

  @Test
  void shouldAnswer400NamingTheSegmentWhenTheAccountHasNoSuchSegment() {
    var problem = csm.post(useCases, aPlannedUseCase().with("segment", "apac").json()).problem(400);

    assertThat(field(problem)).isEqualTo("segment");
    assertThat(problem.path("errors").path(0).path("message").asText()).contains("emea", "ops");
  }

  @Test
  void shouldAnswer400NamingTheExecutionDurationWhenItIsNotAnIsoDuration() {
    assertThat(
            field(
                csm.post(
                        useCases,
                        aPlannedUseCase().with("executionDuration", "three months").json())
                    .problem(400)))
        .isEqualTo("executionDuration");
    assertThat(
            field(
                csm.post(useCases, aPlannedUseCase().with("executionDuration", "P0D").json())
                    .problem(400)))
        .isEqualTo("executionDuration");
  }

  @Test
  void shouldDefaultTheExecutionDurationToThreeMonths() {
    var created = csm.post(useCases, aPlannedUseCase().without("executionDuration").json());

    assertThat(created.json().path("executionDuration").asText()).isEqualTo("P3M");
  }

  @Test
  void shouldAnswer400NamingTheLaterKpiWhenKpiIdsRepeat() {
    var problem =
        csm.post(useCases, aPlannedUseCase().withSecondKpi("close-days").json()).problem(400);

    assertThat(field(problem)).isEqualTo("kpis[1].id");
  }

  @Test
  void shouldAcceptAPreExistingUseCaseWithoutKpisIntoThePipeline() {
    var preExisting =
        aPlannedUseCase().with("kind", "PRE_EXISTING").without("kpis").without("criteria");

    var created = csm.post(useCases, preExisting.json());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("status").asText()).isEqualTo("PIPELINE");
    assertThat(created.json().path("kpis").size()).isZero();
  }

  @Test
  void shouldAnswer404NamingTheAccountWhenItIsUnknown() {
    var problem =
        csm.post("/api/v1/accounts/crm-unknown/use-cases", aPlannedUseCase().json()).problem(404);

    assertThat(problem.path("detail").asText()).contains("crm-unknown");
    assertThat(csm.get("/api/v1/use-cases/uc-no-such-thing").problem(404).path("detail").asText())
        .contains("uc-no-such-thing");
  }

  @Test
  void shouldReplaceTheDefinitionAndSendANotShortlistedOneBackToThePipeline() {
    var useCase = aPlannedUseCase();
    csm.post(useCases, useCase.json());
    useCaseRepository.setStatus(useCase.id(), UseCaseStatus.NOT_SHORTLISTED, Instant.now());

    var replaced =
        csm.put("/api/v1/use-cases/" + useCase.id(), useCase.with("requiredMaturity", 1).json());

    assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
    assertThat(replaced.json().path("requiredMaturity").asInt()).isEqualTo(1);
    assertThat(replaced.json().path("status").asText()).isEqualTo("PIPELINE");
  }

  @Test
  void shouldAnswer409WhenADiscardedUseCaseIsReplaced() {
    var useCase = aPlannedUseCase();
    csm.post(useCases, useCase.json());
    useCaseRepository.setStatus(useCase.id(), UseCaseStatus.DISCARDED, Instant.now());

    csm.put("/api/v1/use-cases/" + useCase.id(), useCase.with("title", "Second try").json())
        .problem(409);

    assertThat(useCaseRepository.find(useCase.id()).orElseThrow().title())
        .isEqualTo("Month-end close in the product");
  }

  @Test
  void shouldAnswer400WhenThePutIdDiffersOrTheKindChanges() {
    var useCase = aPlannedUseCase();
    csm.post(useCases, useCase.json());

    assertThat(field(csm.put("/api/v1/use-cases/other-id", useCase.json()).problem(400)))
        .isEqualTo("id");
    assertThat(
            field(
                csm.put(
                        "/api/v1/use-cases/" + useCase.id(),
                        useCase.with("kind", "PRE_EXISTING").json())
                    .problem(400)))
        .isEqualTo("kind");
  }

  @Test
  void shouldListTheAccountsUseCasesByStatus() {
    var pipeline = aPlannedUseCase();
    var shortlisted = aPlannedUseCase();
    csm.post(useCases, pipeline.json());
    csm.post(useCases, shortlisted.json());
    useCaseRepository.setStatus(shortlisted.id(), UseCaseStatus.SHORTLISTED, Instant.now());

    JsonNode all = csm.get(useCases).json();
    JsonNode onlyShortlisted = csm.get(useCases + "?status=SHORTLISTED").json();

    assertThat(all.path("total").asInt()).isEqualTo(2);
    assertThat(all.path("items").findValuesAsText("id"))
        .containsExactly(pipeline.id(), shortlisted.id());
    assertThat(onlyShortlisted.path("items").findValuesAsText("id"))
        .containsExactly(shortlisted.id());
    assertThat(field(csm.get(useCases + "?status=SOMEWHERE").problem(400))).isEqualTo("status");
  }

  @Test
  void shouldAnswer400NamingFieldsOfTheTemplateThatBeanValidationRefuses() {
    var problem =
        csm.post(
                useCases,
                aPlannedUseCase()
                    .with("requiredMaturity", 6)
                    .withKpiField(0, "kind", null)
                    .with("surveyPriority", 0)
                    .json())
            .problem(400);

    assertThat(problem.path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrderElementsOf(
            List.of("kpis[0].kind", "requiredMaturity", "surveyPriority"));
  }

  private static String field(JsonNode problem) {
    return problem.path("errors").path(0).path("field").asText(null);
  }
}
