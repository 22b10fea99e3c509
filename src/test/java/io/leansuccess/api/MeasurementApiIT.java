package io.leansuccess.api;

import static io.leansuccess.api.AccountJson.anAccount;
import static io.leansuccess.api.UseCaseJson.aPlannedUseCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/v1/use-cases/{id}/measurements: KPI values from surveys and analytics, which retry. */
@LeanSuccessIntegrationTest
class MeasurementApiIT {

  @LocalServerPort int port;
  @Autowired UseCaseRepository useCaseRepository;

  private ApiClient csm;
  private String useCaseId;
  private String measurements;

  @BeforeEach
  void setUp() {
    csm = new ApiClient(port).as("demo.csm", "demo");
    var account = anAccount();
    assertThat(csm.put("/api/v1/accounts/" + account.id(), account.json()).status()).isEqualTo(201);
    var useCase = aPlannedUseCase();
    assertThat(csm.post("/api/v1/accounts/" + account.id() + "/use-cases", useCase.json()).status())
        .isEqualTo(201);
    useCaseId = useCase.id();
    measurements = "/api/v1/use-cases/" + useCaseId + "/measurements";
  }

  @Test
  void shouldStoreOnceAndAnswer200WhenTheSameEventIsSentAgain() {
    String eventId = newEventId();
    String json = measurement(eventId, "close-days", "7", "2027-02-01T10:15:30.123456789Z");

    var stored = csm.post(measurements, json);
    var repeated = csm.post(measurements, json);

    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
    assertThat(repeated.json()).isEqualTo(stored.json());
    assertThat(stored.json().path("measuredAt").asText()).isEqualTo("2027-02-01T10:15:30.123456Z");
    var kpi = csm.get("/api/v1/use-cases/" + useCaseId).json().path("kpis").path(0);
    assertThat(kpi.path("latestValue").toString()).isEqualTo("7");
    // from 9 days towards 5: 7 is half of the way
    assertThat(kpi.path("progress").asDouble()).isEqualTo(0.5);
    assertThat(kpi.path("met").asBoolean()).isFalse();
  }

  @Test
  void shouldAnswer409WhenTheSameEventComesWithAnotherPayload() {
    String eventId = newEventId();
    csm.post(measurements, measurement(eventId, "close-days", "7", "2027-02-01T10:00:00Z"));

    var problem =
        csm.post(measurements, measurement(eventId, "close-days", "6", "2027-02-01T10:00:00Z"))
            .problem(409);

    assertThat(problem.path("detail").asText()).contains(eventId);
    assertThat(useCaseRepository.findMeasurement(eventId).orElseThrow().value())
        .isEqualByComparingTo("7");
  }

  @Test
  void shouldAnswer409AndStoreNothingForADiscardedUseCase() {
    useCaseRepository.setStatus(useCaseId, UseCaseStatus.DISCARDED, Instant.now());
    String eventId = newEventId();

    csm.post(measurements, measurement(eventId, "close-days", "7", "2027-02-01T10:00:00Z"))
        .problem(409);

    assertThat(useCaseRepository.findMeasurement(eventId)).isEmpty();
    assertThat(useCaseRepository.latestValues(useCaseId)).isEmpty();
  }

  @Test
  void shouldAnswer400NamingTheKpiIdWhenTheUseCaseHasNoSuchKpi() {
    String eventId = newEventId();

    var problem =
        csm.post(measurements, measurement(eventId, "nps", "40", "2027-02-01T10:00:00Z"))
            .problem(400);

    assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("kpiId");
    assertThat(problem.path("errors").path(0).path("message").asText()).contains("close-days");
    assertThat(useCaseRepository.findMeasurement(eventId)).isEmpty();
  }

  @Test
  void shouldAnswer404ForAnUnknownUseCase() {
    var problem =
        csm.post(
                "/api/v1/use-cases/uc-unknown/measurements",
                measurement(newEventId(), "close-days", "7", "2027-02-01T10:00:00Z"))
            .problem(404);

    assertThat(problem.path("detail").asText()).contains("uc-unknown");
  }

  @Test
  void shouldAnswer400NamingMissingFields() {
    var problem =
        csm.post(measurements, "{\"eventId\": \"" + newEventId() + "\", \"kpiId\": \"close-days\"}")
            .problem(400);

    assertThat(problem.path("errors").findValuesAsText("field"))
        .containsExactly("measuredAt", "value");
  }

  private static String newEventId() {
    return "evt-" + UUID.randomUUID();
  }

  private static String measurement(String eventId, String kpiId, String value, String measuredAt) {
    return "{\"eventId\": \""
        + eventId
        + "\", \"kpiId\": \""
        + kpiId
        + "\", \"value\": "
        + value
        + ", \"measuredAt\": \""
        + measuredAt
        + "\", \"source\": \"analytics\"}";
  }
}
