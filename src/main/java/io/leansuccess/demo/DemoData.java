package io.leansuccess.demo;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountService;
import io.leansuccess.account.Assignment;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractService;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.cycle.Vision;
import io.leansuccess.cycle.VisionService;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.getwell.GetWellPlans;
import io.leansuccess.health.HealthEvaluationService;
import io.leansuccess.onboarding.OnboardingProperties;
import io.leansuccess.onboarding.OnboardingService;
import io.leansuccess.signal.Signal;
import io.leansuccess.signal.SignalKind;
import io.leansuccess.signal.SignalService;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.KpiKind;
import io.leansuccess.usecase.KpiMeasurement;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.MeasurementService;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistingAnswers;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseService;
import io.leansuccess.usecase.UseCaseTemplate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A living demo: accounts at different points of the cycle, made through the same services and
 * processes as real ones, so every page and Tasklist has something true to show. Demo profile only;
 * skipped when the demo accounts exist, so restarts keep what people did with them.
 */
@Component
@ConditionalOnProperty(prefix = "lean-success.demo", name = "enabled", havingValue = "true")
public class DemoData {

  public static final String ENVISION = "demo-northwind";
  public static final String BUILD = "demo-globex";
  public static final String ADOPTED = "demo-initech";
  public static final String GET_WELL = "demo-umbrella";
  public static final String LAUNCH = "demo-hooli";

  /** The demo's two teams share the accounts: Northwind and Umbrella are Growth Americas'. */
  private static final Assignment EMEA = new Assignment(DemoTeams.ENTERPRISE_EMEA, "demo.csm");

  private static final Assignment AMERICAS =
      new Assignment(DemoTeams.GROWTH_AMERICAS, DemoTeams.OTHER_CSM);

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final AccountService accounts;
  private final VisionService visions;
  private final UseCaseService useCases;
  private final MeasurementService measurements;
  private final SignalService signals;
  private final CycleService cycles;
  private final HealthEvaluationService health;
  private final OnboardingService onboardings;
  private final OnboardingProperties onboardingProperties;
  private final GetWellPlans getWellPlans;
  private final DemoWalk walk;
  private final Clock clock;
  private final boolean seedOnStart;

  DemoData(
      AccountService accounts,
      VisionService visions,
      UseCaseService useCases,
      MeasurementService measurements,
      SignalService signals,
      CycleService cycles,
      HealthEvaluationService health,
      OnboardingService onboardings,
      OnboardingProperties onboardingProperties,
      GetWellPlans getWellPlans,
      DemoWalk walk,
      Clock clock,
      @Value("${lean-success.demo.seed-on-start:true}") boolean seedOnStart) {
    this.accounts = accounts;
    this.visions = visions;
    this.useCases = useCases;
    this.measurements = measurements;
    this.signals = signals;
    this.cycles = cycles;
    this.health = health;
    this.onboardings = onboardings;
    this.onboardingProperties = onboardingProperties;
    this.getWellPlans = getWellPlans;
    this.walk = walk;
    this.clock = clock;
    this.seedOnStart = seedOnStart;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (seedOnStart) {
      seed();
    }
  }

  /** Creates the demo accounts unless they exist; returns whether it did. */
  public synchronized boolean seed() {
    if (accounts.find(ADOPTED).isPresent()) {
      LOG.info("Demo data exists; leaving it as it is");
      return false;
    }
    // the adopted account first: its timer moves the engine clock for a moment, before others have
    // timers
    adopted();
    build();
    envision();
    launch();
    getWell();
    LOG.info(
        "Demo data: accounts {}, {}, {}, {}, {} created",
        ADOPTED,
        BUILD,
        ENVISION,
        LAUNCH,
        GET_WELL);
    return true;
  }

  /** A whole cycle up to the QBR: one use case adopted, its execution walked to the end. */
  private void adopted() {
    account(ADOPTED, "Initech", "Software");
    vision(ADOPTED, "Every team closes its books in the product");
    useCase(
        ADOPTED,
        "initech-close",
        "Month-end close in three days",
        "Closing the books takes 8 days of spreadsheets",
        "Reconciliation and approvals in the product");
    startAndSelect(ADOPTED);
    measure("initech-close", 20, 100);
    usage(ADOPTED, 45);
    health.evaluate(ADOPTED);
    walk.endExecutionPeriods(ADOPTED);
    walk.completeAll(ADOPTED, "Task_EvaluateProgress");
    walk.completeAll(ADOPTED, "Task_ConfirmOutcome");
    walk.completeAll(ADOPTED, "Task_ShareSuccessStory");
  }

  /** Mid-cycle: use cases executing, the first measurements in. */
  private void build() {
    account(BUILD, "Globex", "Logistics");
    vision(BUILD, "Every warehouse plans its week in Globex Flow");
    useCase(
        BUILD,
        "globex-planning",
        "Weekly planning in Flow",
        "Plans live in spreadsheets",
        "Weekly planning board");
    useCase(
        BUILD,
        "globex-returns",
        "Returns handled in a day",
        "Returns take a week",
        "Returns workflow");
    startAndSelect(BUILD);
    measure("globex-planning", 15, 40);
    usage(BUILD, 30);
  }

  /** The cycle just started: the CSM's first task is to set the vision. */
  private void envision() {
    account(ENVISION, "Northwind Traders", "Retail", AMERICAS);
    cycles.start(ENVISION);
  }

  /**
   * A contract just signed: the success plan generated, reviewed and sent, the six launch areas
   * open as tasks, the 90-day launch timer running before the first cycle.
   */
  private void launch() {
    Instant signed = clock.instant();
    onboardings.receive(
        new Contract(
            "demo-hooli-2026",
            LAUNCH,
            "Hooli",
            "Media",
            new Contract.Purchase("Enterprise", List.of("Flow", "Insights"), 80),
            new BigDecimal("96000"),
            LocalDate.ofInstant(signed, ZoneOffset.UTC).plusYears(1),
            signed,
            null,
            List.of(new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 80)),
            List.of(
                new Contract.CustomerContact(
                    "Gavin Belson",
                    "gavin@demo-hooli.example",
                    "CEO",
                    "Every newsroom plans in the product")),
            new Contract.VendorContacts(
                new Contract.Person("Sam Seller", "sam@vendor.example"),
                new Contract.Person("Casey Success", "demo.csm@example.com")),
            List.of("Publish on time, every time", "One plan for every newsroom"),
            List.of(new Contract.Partner("Pied Piper", "Integration")),
            List.of("Deadlines missed when plans live in e-mail")),
        new ContractService.Owners(DemoTeams.ENTERPRISE_EMEA, "demo.csm@example.com"));
    if (!onboardingProperties.isSendPlanDirectly()) {
      walk.completeAll(LAUNCH, "Task_ReviewSuccessPlan");
      walk.completeAll(LAUNCH, "Task_SendSuccessPlan");
    }
  }

  private void getWell() {
    account(GET_WELL, "Umbrella Corp", "Pharma", AMERICAS);
    cycles.start(GET_WELL);
    // usage collapses and the last survey is poor: the health rules turn it red and escalate
    Instant now = clock.instant();
    signals.receive(
        new Signal(
            UUID.randomUUID().toString(),
            GET_WELL,
            SignalKind.ACTIVE_USERS,
            "emea",
            BigDecimal.valueOf(70),
            now.minus(Duration.ofDays(30))));
    signals.receive(
        new Signal(
            UUID.randomUUID().toString(),
            GET_WELL,
            SignalKind.ACTIVE_USERS,
            "emea",
            BigDecimal.valueOf(18),
            now.minus(Duration.ofDays(1))));
    signals.receive(
        new Signal(
            UUID.randomUUID().toString(),
            GET_WELL,
            SignalKind.NPS,
            null,
            BigDecimal.valueOf(-30),
            now.minus(Duration.ofDays(2))));
    health.evaluate(GET_WELL);
    if (!getWellPlans.hasOpenPlan(GET_WELL)) {
      // the thresholds are the team's (rules/HealthEscalation.drl): a demo must not stop the app
      // over them
      LOG.warn(
          "Demo data: the health rules did not escalate {}; it has no get-well plan", GET_WELL);
    }
  }

  private void startAndSelect(String accountId) {
    cycles.start(accountId);
    walk.completeAll(accountId, "Task_SetVision");
    walk.completeAll(accountId, "Task_IdentifyUseCases");
    walk.completeAll(accountId, "Task_AssignOwners");
    walk.completeAll(accountId, "Task_PlanStakeholderEngagement");
    walk.completeAll(accountId, "Task_ReadyUseCase");
  }

  private void account(String id, String name, String industry) {
    account(id, name, industry, EMEA);
  }

  private void account(String id, String name, String industry, Assignment team) {
    accounts.create(
        new Account(
            id,
            name,
            industry,
            new BigDecimal("120000"),
            new BigDecimal("120000"),
            LocalDate.now(clock).plusMonths(9),
            List.of(
                new Segment("emea", SegmentKind.GEOGRAPHY, "Europe", 100),
                new Segment("apac", SegmentKind.GEOGRAPHY, "Asia Pacific", 50))),
        team);
  }

  private void vision(String accountId, String statement) {
    visions.put(
        new Vision(
            accountId,
            Quarter.of(clock.instant()).year(),
            statement,
            List.of(
                new Vision.Objective(
                    "Work happens in the product", "80% of the work done in the product"))));
  }

  private void useCase(
      String accountId, String id, String title, String challenge, String workflow) {
    useCases.create(
        new UseCase(
            id,
            accountId,
            title,
            UseCaseKind.PLANNED,
            "emea",
            "owner@" + accountId + ".example",
            new UseCaseTemplate(
                challenge,
                "Done in the product, measurably faster",
                workflow,
                "Training for the team"),
            new ShortlistingAnswers(true, Set.of(ScorecardPerspective.FINANCIAL), true, true, true),
            List.of(
                new Kpi(
                    "adoption",
                    "Weekly active users",
                    "users",
                    BigDecimal.TEN,
                    new BigDecimal("20"),
                    MeasurementMethod.ANALYTICS,
                    KpiKind.USAGE),
                new Kpi(
                    "savings",
                    "Hours saved per month",
                    "hours",
                    BigDecimal.ZERO,
                    new BigDecimal("100"),
                    MeasurementMethod.SURVEY,
                    KpiKind.VALUE)),
            1,
            1,
            null,
            null,
            null,
            0,
            null));
  }

  private void measure(String useCaseId, double adoption, double savings) {
    measurements.deliver(
        new KpiMeasurement(
            UUID.randomUUID().toString(),
            useCaseId,
            "adoption",
            BigDecimal.valueOf(adoption),
            clock.instant(),
            "demo"));
    measurements.deliver(
        new KpiMeasurement(
            UUID.randomUUID().toString(),
            useCaseId,
            "savings",
            BigDecimal.valueOf(savings),
            clock.instant(),
            "demo"));
  }

  private void usage(String accountId, int activeUsers) {
    signals.receive(
        new Signal(
            UUID.randomUUID().toString(),
            accountId,
            SignalKind.ACTIVE_USERS,
            "emea",
            BigDecimal.valueOf(activeUsers),
            clock.instant()));
  }
}
