package io.leansuccess.support;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.KpiMeasurement;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistingAnswers;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import io.leansuccess.usecase.UseCaseTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * Accounts and use cases written straight to the database for tests that are about what happens
 * next (processes, rules); the API tests create theirs through the API.
 */
@TestComponent
public class TestData {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final AccountRepository accounts;
  private final UseCaseRepository useCases;

  public TestData(AccountRepository accounts, UseCaseRepository useCases) {
    this.accounts = accounts;
    this.useCases = useCases;
  }

  /** A new account with segments {@code emea} (100 licences) and {@code apac} (50 licences). */
  public Account anAccount() {
    return anAccountWith(
        new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100),
        new Segment("apac", SegmentKind.GEOGRAPHY, "Asia Pacific", 50));
  }

  /**
   * A new account with just these segments, owned by {@code demo.csm} in the demo's Enterprise EMEA
   * team.
   */
  public Account anAccountWith(Segment... segments) {
    String id =
        "acme-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    var account =
        new Account(
            id,
            "Acme " + id,
            "Manufacturing",
            new BigDecimal("120000.00"),
            new BigDecimal("120000.00"),
            renewalInAYear(),
            List.of(segments));
    accounts.insert(account);
    accounts.assign(id, new Ownership(DemoTeams.ENTERPRISE_EMEA, "demo.csm"));
    return account;
  }

  /**
   * A renewal date a year from today (UTC): far enough that no renewal readiness opens for a test
   * account (120 days before by default), whichever day the suite runs.
   */
  public static LocalDate renewalInAYear() {
    return LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1);
  }

  /** A geography segment with this many licences. */
  public static Segment segment(String key, int licensedUsers) {
    return new Segment(
        key, SegmentKind.GEOGRAPHY, key.toUpperCase(java.util.Locale.ROOT), licensedUsers);
  }

  public UseCaseBuilder aPlannedUseCase(Account account) {
    return new UseCaseBuilder(account.id());
  }

  public void measure(String useCaseId, String kpiId, double value, Instant at) {
    useCases.addMeasurement(
        new KpiMeasurement(
            UUID.randomUUID().toString(), useCaseId, kpiId, BigDecimal.valueOf(value), at, "test"),
        at);
  }

  /**
   * A planned use case in the pipeline that passes all three criteria groups unless told otherwise.
   */
  public final class UseCaseBuilder {
    private final String accountId;
    private String id =
        "uc-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    private UseCaseKind kind = UseCaseKind.PLANNED;
    private boolean strategic = true;
    private boolean measurable = true;
    private boolean feasible = true;
    private Integer priority = 1;
    private String duration = "P3M";
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

    private UseCaseBuilder(String accountId) {
      this.accountId = accountId;
    }

    public UseCaseBuilder preExisting() {
      kind = UseCaseKind.PRE_EXISTING;
      return this;
    }

    public UseCaseBuilder notStrategic() {
      strategic = false;
      return this;
    }

    public UseCaseBuilder notMeasurable() {
      measurable = false;
      return this;
    }

    public UseCaseBuilder notFeasible() {
      feasible = false;
      return this;
    }

    public UseCaseBuilder withPriority(Integer surveyPriority) {
      priority = surveyPriority;
      return this;
    }

    public UseCaseBuilder lasting(String isoDuration) {
      duration = isoDuration;
      return this;
    }

    /**
     * Stored in the pipeline; KPI {@code adoption} (usage, 10 to 20) and {@code savings} (value, 0
     * to 100).
     */
    public UseCase create() {
      List<Kpi> kpis =
          List.of(
              new Kpi(
                  "adoption",
                  "Weekly active users",
                  "users",
                  new BigDecimal("10"),
                  new BigDecimal("20"),
                  measurable ? MeasurementMethod.ANALYTICS : null,
                  KpiKind.USAGE),
              new Kpi(
                  "savings",
                  "Hours saved per month",
                  "hours",
                  new BigDecimal("0"),
                  new BigDecimal("100"),
                  measurable ? MeasurementMethod.SURVEY : null,
                  KpiKind.VALUE));
      var useCase =
          new UseCase(
              id,
              accountId,
              "Use case " + id,
              kind,
              "emea",
              "owner@acme.example",
              new UseCaseTemplate(
                  "Slow month-end close", "Close in 3 days", "Reconciliation", "Training"),
              new ShortlistingAnswers(
                  strategic,
                  strategic ? Set.of(ScorecardPerspective.FINANCIAL) : Set.of(),
                  feasible,
                  feasible,
                  feasible),
              kpis,
              1,
              priority,
              null,
              duration,
              UseCaseStatus.PIPELINE,
              0,
              createdAt);
      useCases.insert(useCase, createdAt);
      return useCase;
    }
  }
}
