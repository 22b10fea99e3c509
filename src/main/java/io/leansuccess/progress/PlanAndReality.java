package io.leansuccess.progress;

import io.leansuccess.successplan.AdoptionHistory;
import io.leansuccess.successplan.AdoptionHistoryRepository;
import io.leansuccess.successplan.SuccessPlanService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The success plan's expected adoption milestones against the days the account reached them: the
 * plan is the latest version sent or generated, the days come from the cycles' records (first
 * promotion to Usage and to Proficiency, first adopted use case).
 */
@Service
public class PlanAndReality {

  private final SuccessPlanService plans;
  private final AdoptionHistoryRepository histories;

  public PlanAndReality(SuccessPlanService plans, AdoptionHistoryRepository histories) {
    this.plans = plans;
    this.histories = histories;
  }

  /**
   * As things stood on {@code asOf}: milestones reached later count as not reached yet. Empty for
   * an account without a success plan.
   */
  public Optional<List<MilestoneComparison>> milestones(String accountId, LocalDate asOf) {
    return plans
        .latest(accountId)
        .map(
            plan -> {
              Map<?, LocalDate> reached =
                  histories.of(accountId).map(AdoptionHistory::reached).orElse(Map.of());
              return plan.document().timeline().milestones().stream()
                  .map(
                      milestone -> {
                        LocalDate on = reached.get(milestone.milestone());
                        return MilestoneComparison.of(
                            milestone.title(),
                            plan.document().signedOn(),
                            milestone.expectedBy(),
                            on != null && !on.isAfter(asOf) ? on : null,
                            asOf);
                      })
                  .toList();
            });
  }
}
