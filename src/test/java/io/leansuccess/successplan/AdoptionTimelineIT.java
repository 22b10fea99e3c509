package io.leansuccess.successplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.AccountRepository;
import io.leansuccess.contract.ContractService;
import io.leansuccess.support.ContractBuilder;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCaseRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline read from what cycles recorded for similar accounts (same industry and size band),
 * on PostgreSQL.
 */
@LeanSuccessIntegrationTest
class AdoptionTimelineIT {

  private static final Instant SIGNED = Instant.parse("2026-01-05T09:00:00Z");

  @Autowired ContractService contracts;
  @Autowired AdoptionTimelines timelines;
  @Autowired UseCaseRepository useCases;
  @Autowired AccountRepository accounts;
  @Autowired TestData data;
  @Autowired JdbcClient jdbc;

  private final String industry = "Timeline test " + UUID.randomUUID();

  @Test
  void shouldExpectTheMedianOfSimilarAccountsAndIgnoreOtherBandsAndIndustries() {
    similarAccountReaching(100, 150, "120000");
    similarAccountReaching(120, 200, "200000");
    similarAccountReaching(160, 260, "50000");
    similarAccountReaching(10, 20, "900000");
    String newcomer = signed(ContractBuilder.aContract().inIndustry(industry).worth("100000"));

    AdoptionTimeline timeline =
        timelines.expect(
            newcomer,
            industry,
            new java.math.BigDecimal("100000"),
            SIGNED.atZone(java.time.ZoneOffset.UTC).toLocalDate());

    assertThat(timeline.sizeBand()).isEqualTo("Mid-market");
    assertThat(timeline.similarAccounts()).as("the Enterprise account is not similar").isEqualTo(3);
    var usage = timeline.milestones().get(0);
    assertThat(usage.basis()).isEqualTo(AdoptionTimeline.Basis.SIMILAR_ACCOUNTS);
    assertThat(usage.days()).isEqualTo(120);
    var firstAdopted = timeline.milestones().get(1);
    assertThat(firstAdopted.basis()).isEqualTo(AdoptionTimeline.Basis.SIMILAR_ACCOUNTS);
    assertThat(firstAdopted.days()).isEqualTo(200);
    assertThat(timeline.milestones().get(2).basis())
        .as("nobody reached Proficiency")
        .isEqualTo(AdoptionTimeline.Basis.DEFAULT);
  }

  /**
   * An account of the industry that reached Usage and adopted a use case so many days after
   * signing.
   */
  private void similarAccountReaching(int usageDays, int adoptedDays, String arr) {
    String accountId = signed(ContractBuilder.aContract().inIndustry(industry).worth(arr));
    Timestamp promotedAt = Timestamp.from(SIGNED.plus(usageDays, ChronoUnit.DAYS));
    // a transition always has the decision that explains it (the portfolio and QBR show it)
    String decisionId = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into ls_decision (id, account_id, decision_name, subject_type, subject_id, outcome, fired_rules,
              rules_deployment_id, rules_resource, facts, decided_at)
            values (?, ?, 'MaturityTransitions', 'SEGMENT', 'emea', 'PROMOTE', '[]', 'test', 'rules/MaturityTransitions.drl', '[]', ?)""")
        .params(decisionId, accountId, promotedAt)
        .update();
    jdbc.sql(
            """
            insert into ls_maturity_transition (id, account_id, segment_key, from_level, to_level, decision_id, transitioned_at)
            values (?, ?, 'emea', 1, 2, ?, ?)""")
        .params(UUID.randomUUID().toString(), accountId, decisionId, promotedAt)
        .update();
    String useCase = data.aPlannedUseCase(accounts.find(accountId).orElseThrow()).create().id();
    useCases.recordAdoption(useCase, 2, true, SIGNED.plus(adoptedDays, ChronoUnit.DAYS));
  }

  private String signed(ContractBuilder contract) {
    contracts.record(contract.signedAt(SIGNED.toString()).build());
    return contract.accountId();
  }
}
