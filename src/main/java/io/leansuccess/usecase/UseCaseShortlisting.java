package io.leansuccess.usecase;

import io.leansuccess.decision.Decision;
import io.leansuccess.decision.DecisionLog;
import io.leansuccess.decision.DecisionRecord;
import io.leansuccess.decision.DecisionService;
import io.leansuccess.maturity.MaturityRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Envision: the rules shortlist the pipeline ("2 of 3" criteria groups) and capture the
 * pre-existing use cases. One decision per use case, so each says why on its own.
 */
@Service
public class UseCaseShortlisting {

  public static final String DECISION = "UseCaseShortlisting";

  private final UseCaseRepository useCases;
  private final MaturityRepository maturity;
  private final DecisionService decisions;
  private final DecisionLog log;
  private final Clock clock;

  public UseCaseShortlisting(
      UseCaseRepository useCases,
      MaturityRepository maturity,
      DecisionService decisions,
      DecisionLog log,
      Clock clock) {
    this.useCases = useCases;
    this.maturity = maturity;
    this.decisions = decisions;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Judges every use case waiting in the pipeline; running it again finds none left to judge. The
   * decisions are kept as one batch, and the use cases' new statuses in one statement a status.
   */
  @Transactional
  public List<CriteriaAssessment> shortlist(String accountId, String cycleId) {
    List<DecisionRecord> records = new ArrayList<>();
    Map<UseCaseStatus, List<String>> statuses = new EnumMap<>(UseCaseStatus.class);
    List<CriteriaAssessment> assessed =
        useCases.ofAccount(accountId, Set.of(UseCaseStatus.PIPELINE)).stream()
            .map(
                useCase -> {
                  // read once a segment in this transaction (MaturityRepository)
                  int level = maturity.levelOf(useCase.accountId(), useCase.segmentKey());
                  CriteriaAssessment assessment = assess(useCase, cycleId, level, records);
                  statuses
                      .computeIfAbsent(statusAfter(assessment.verdict()), s -> new ArrayList<>())
                      .add(useCase.id());
                  return assessment;
                })
            .toList();
    log.recordAll(records);
    var now = clock.instant();
    statuses.forEach((status, ids) -> useCases.setStatus(ids, status, now));
    return assessed;
  }

  private CriteriaAssessment assess(
      UseCase useCase, String cycleId, int segmentLevel, List<DecisionRecord> records) {
    Decision decision =
        decisions.evaluate(DECISION, List.of(useCase.toShortlistCandidate(segmentLevel)));
    CriteriaAssessment assessment =
        decision
            .single(CriteriaAssessment.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        DECISION + " reached no verdict on use case " + useCase.id()));
    records.add(
        log.decided(
            new DecisionLog.Subject(useCase.accountId(), cycleId, "USE_CASE", useCase.id()),
            assessment.verdict().name(),
            decision,
            assessment.explanation()));
    return assessment;
  }

  private static UseCaseStatus statusAfter(ShortlistVerdict verdict) {
    return switch (verdict) {
      case SHORTLISTED -> UseCaseStatus.SHORTLISTED;
      case NOT_SHORTLISTED -> UseCaseStatus.NOT_SHORTLISTED;
      case CAPTURED -> UseCaseStatus.CAPTURED;
    };
  }
}
