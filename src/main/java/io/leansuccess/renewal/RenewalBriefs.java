package io.leansuccess.renewal;

import io.leansuccess.account.Account;
import io.leansuccess.account.Segment;
import io.leansuccess.contract.Contract;
import io.leansuccess.contract.ContractService;
import io.leansuccess.getwell.GetWellPlan;
import io.leansuccess.getwell.GetWellPlanRepository;
import io.leansuccess.health.HealthEvaluation;
import io.leansuccess.health.HealthRepository;
import io.leansuccess.maturity.MaturityLevel;
import io.leansuccess.maturity.MaturityRepository;
import io.leansuccess.successplan.AdoptionHistory;
import io.leansuccess.successplan.AdoptionHistoryRepository;
import io.leansuccess.successplan.AdoptionTimeline;
import io.leansuccess.successplan.SuccessPlanService;
import io.leansuccess.usecase.Kpi;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Answers the six questions of {@link RenewalQuestion} from what the product knows of the account
 * now: the CRM's account and contract, health and its history, adopted use cases and their KPIs,
 * closed get-well plans, maturity per segment and the success plan's adoption timeline against the
 * account's own. A question the data cannot answer says what is missing.
 */
@Component
public class RenewalBriefs {

  private final ContractService contracts;
  private final HealthRepository health;
  private final UseCaseRepository useCases;
  private final GetWellPlanRepository plans;
  private final MaturityRepository maturity;
  private final SuccessPlanService successPlans;
  private final AdoptionHistoryRepository adoption;

  public RenewalBriefs(
      ContractService contracts,
      HealthRepository health,
      UseCaseRepository useCases,
      GetWellPlanRepository plans,
      MaturityRepository maturity,
      SuccessPlanService successPlans,
      AdoptionHistoryRepository adoption) {
    this.contracts = contracts;
    this.health = health;
    this.useCases = useCases;
    this.plans = plans;
    this.maturity = maturity;
    this.successPlans = successPlans;
    this.adoption = adoption;
  }

  public RenewalBrief of(Account account, LocalDate today) {
    Optional<Contract> contract = contracts.latestOf(account.id());
    List<HealthEvaluation> history = health.history(account.id(), 2, 0);
    List<UseCase> adopted = useCases.ofAccount(account.id(), Set.of(UseCaseStatus.ADOPTED));
    List<GetWellPlan> accountPlans = plans.ofAccount(account.id());
    String colour = history.isEmpty() ? null : history.get(0).colour().name();
    boolean planOpen = accountPlans.stream().anyMatch(GetWellPlan::isOpen);
    return new RenewalBrief(
        account.id(),
        account.name(),
        account.renewalDate(),
        ChronoUnit.DAYS.between(today, account.renewalDate()),
        colour,
        planOpen,
        List.of(
            whoTheyAre(account, contract),
            relationshipHealth(history, planOpen),
            challengesOvercome(adopted, accountPlans),
            maturity(account),
            expectedValue(account),
            reasonsToReinvest(adopted, contract)));
  }

  private static BriefAnswer whoTheyAre(Account account, Optional<Contract> contract) {
    RenewalQuestion question = RenewalQuestion.WHO_THEY_ARE;
    String segments =
        account.segments().stream()
            .map(segment -> segment.name() + " (" + segment.licensedUsers() + " licensed users)")
            .collect(Collectors.joining(", "));
    String company =
        account.name()
            + (account.industry() == null ? "" : ", " + account.industry())
            + "; ARR "
            + plain(account.arrNow())
            + " (at signing "
            + plain(account.arrAtSigning())
            + ")"
            + (segments.isEmpty() ? "" : "; segments: " + segments);
    if (contract.isEmpty() || contract.get().customerContacts().isEmpty()) {
      return BriefAnswer.missing(
          question, "no contract names the customer's people (" + company + ")");
    }
    String people =
        contract.get().customerContacts().stream()
            .map(
                person ->
                    person.name()
                        + (person.title() == null ? "" : ", " + person.title())
                        + (person.interests() == null
                            ? ""
                            : " (cares about " + person.interests() + ")"))
            .collect(Collectors.joining("; "));
    return BriefAnswer.fromData(
        question,
        company + "; customer since " + contract.get().signedOn() + "; their people: " + people);
  }

  private static BriefAnswer relationshipHealth(List<HealthEvaluation> history, boolean planOpen) {
    RenewalQuestion question = RenewalQuestion.RELATIONSHIP_HEALTH;
    if (history.isEmpty()) {
      return BriefAnswer.missing(question, "health has never been evaluated (no signals yet)");
    }
    HealthEvaluation now = history.get(0);
    String trend =
        history.size() < 2
            ? "no trend yet (first evaluation)"
            : trend(history.get(1).colour().ordinal(), now.colour().ordinal())
                + " (was "
                + history.get(1).colour()
                + ")";
    String signs =
        now.factors().isEmpty()
            ? "no warning signs"
            : now.factors().stream()
                .map(factor -> factor.description())
                .collect(Collectors.joining("; "));
    return BriefAnswer.fromData(
        question,
        now.colour()
            + " since "
            + now.firstEvaluatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()
            + ", "
            + trend
            + "; "
            + signs
            + (planOpen ? "; a get-well plan is open" : ""));
  }

  /** The colours are ordered green, amber, red: a lower one now is better. */
  private static String trend(int before, int now) {
    return now < before ? "improving" : now > before ? "worsening" : "steady";
  }

  private static BriefAnswer challengesOvercome(List<UseCase> adopted, List<GetWellPlan> plans) {
    RenewalQuestion question = RenewalQuestion.CHALLENGES_OVERCOME;
    List<String> overcome = new ArrayList<>();
    adopted.forEach(useCase -> overcome.add("adopted \"" + useCase.title() + "\""));
    plans.stream()
        .filter(plan -> !plan.isOpen() && plan.recoveryEvaluationId() != null)
        .forEach(
            plan ->
                overcome.add(
                    "recovered from a get-well plan (" + String.join("; ", plan.reasons()) + ")"));
    if (overcome.isEmpty()) {
      return BriefAnswer.missing(question, "no use case adopted and no get-well plan recovered");
    }
    return BriefAnswer.fromData(question, String.join("; ", overcome));
  }

  private BriefAnswer maturity(Account account) {
    RenewalQuestion question = RenewalQuestion.MATURITY;
    if (account.segments().isEmpty()) {
      return BriefAnswer.missing(question, "the account has no segments");
    }
    List<String> levels = new ArrayList<>();
    for (Segment segment : account.segments()) {
      MaturityLevel level = MaturityLevel.of(maturity.levelOf(account.id(), segment.key()));
      levels.add(segment.name() + ": level " + level.number() + ", " + level.title());
    }
    return BriefAnswer.fromData(question, String.join("; ", levels));
  }

  private BriefAnswer expectedValue(Account account) {
    RenewalQuestion question = RenewalQuestion.EXPECTED_VALUE;
    Optional<AdoptionTimeline> timeline =
        successPlans.latest(account.id()).map(plan -> plan.document().timeline());
    if (timeline.isEmpty() || timeline.get().milestones().isEmpty()) {
      return BriefAnswer.missing(question, "no success plan with an adoption timeline");
    }
    Map<?, LocalDate> reached =
        adoption.of(account.id()).map(AdoptionHistory::reached).orElse(Map.of());
    String milestones =
        timeline.get().milestones().stream()
            .map(
                milestone -> {
                  LocalDate when = reached.get(milestone.milestone());
                  String happened =
                      when == null
                          ? "not reached yet"
                          : "reached "
                              + when
                              + (when.isAfter(milestone.expectedBy()) ? " (late)" : "");
                  return milestone.title()
                      + ": expected by "
                      + milestone.expectedBy()
                      + ", "
                      + happened;
                })
            .collect(Collectors.joining("; "));
    return BriefAnswer.fromData(question, milestones);
  }

  private BriefAnswer reasonsToReinvest(List<UseCase> adopted, Optional<Contract> contract) {
    RenewalQuestion question = RenewalQuestion.REASONS_TO_REINVEST;
    List<String> kpis = new ArrayList<>();
    for (UseCase useCase : adopted) {
      Map<String, BigDecimal> latest = useCases.latestValues(useCase.id());
      for (Kpi kpi : useCase.kpis()) {
        BigDecimal after = latest.get(kpi.id());
        if (after != null && kpi.baseline() != null) {
          kpis.add(
              kpi.name()
                  + " from "
                  + plain(kpi.baseline())
                  + " to "
                  + plain(after)
                  + (kpi.unit() == null ? "" : " " + kpi.unit()));
        }
      }
    }
    List<String> goals = contract.map(Contract::goals).orElse(List.of());
    if (kpis.isEmpty() || goals.isEmpty()) {
      return BriefAnswer.missing(
          question,
          (kpis.isEmpty() ? "no KPI of an adopted use case measured against its baseline" : "")
              + (kpis.isEmpty() && goals.isEmpty() ? "; " : "")
              + (goals.isEmpty() ? "the contract records no goals at signing" : ""));
    }
    return BriefAnswer.fromData(
        question,
        "Goals at signing: "
            + String.join("; ", goals)
            + ". Before and after: "
            + String.join("; ", kpis));
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
