package io.leansuccess.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleRepository;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.cycle.CycleUseCase;
import io.leansuccess.cycle.UseCaseSelection;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account's use cases are read with their KPIs in the same two statements however many there
 * are: the cycle's shortlisting, selection, maturity and QBR each read them.
 */
@LeanSuccessIntegrationTest
class UseCaseStatementsIT {

  @Autowired UseCaseRepository useCases;
  @Autowired TestData data;
  @Autowired SqlStatements sql;
  @Autowired UseCaseShortlisting shortlisting;
  @Autowired UseCaseSelection selection;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;

  @Test
  void shouldReadAnAccountsUseCasesWithTheirKpisInTwoStatementsHoweverManyThereAre() {
    Account small = anAccountWith(1);
    Account large = anAccountWith(5);

    SqlStatements.Counted<List<UseCase>> one = sql.during(() -> useCases.ofAccount(small.id()));
    SqlStatements.Counted<List<UseCase>> five = sql.during(() -> useCases.ofAccount(large.id()));

    assertThat(one.count().statements()).isEqualTo(2);
    assertThat(five.count().statements()).isEqualTo(2);
    assertThat(five.result())
        .hasSize(5)
        .allSatisfy(
            useCase ->
                assertThat(useCase)
                    .as("the same use case, KPIs in their order, as read alone")
                    .isEqualTo(useCases.find(useCase.id()).orElseThrow()))
        .allSatisfy(useCase -> assertThat(useCase.kpis()).hasSizeGreaterThan(1));
  }

  @Test
  void shouldReadAnAccountWithoutUseCasesInOneStatement() {
    Account none = data.anAccount();

    assertThat(sql.during(() -> useCases.ofAccount(none.id())).count().statements()).isOne();
  }

  @Test
  void shouldReadASegmentsMaturityOnceWhenShortlistingUseCasesOfThatSegment() {
    Account account = anAccountWith(3);
    SqlStatements.Kinds before = sql.statementsByKind();

    List<CriteriaAssessment> assessed = shortlisting.shortlist(account.id(), null);

    assertThat(assessed).hasSize(3);
    assertThat(sql.statementsByKind().minus(before).counts())
        .containsEntry("select ls_segment_maturity", 1L);
  }

  @Test
  void shouldKeepTheShortlistingsDecisionsAndStatusesInOneStatementEach() {
    Account account = anAccountWith(3);
    SqlStatements.Kinds before = sql.statementsByKind();

    List<CriteriaAssessment> assessed = shortlisting.shortlist(account.id(), null);

    assertThat(assessed).hasSize(3);
    assertThat(sql.statementsByKind().minus(before).counts())
        .containsEntry("insert ls_decision (batch)", 1L)
        .containsEntry("update ls_use_case", 1L);
    assertThat(useCases.ofAccount(account.id()))
        .extracting(UseCase::status)
        .containsOnly(UseCaseStatus.SHORTLISTED);
  }

  @Test
  void shouldFillTheCyclesSlotsAndMarkTheUseCasesSelectedInOneStatementEach() {
    Account account = anAccountWith(3);
    Cycle cycle = cycles.start(account.id());
    shortlisting.shortlist(account.id(), cycle.id());
    SqlStatements.Kinds before = sql.statementsByKind();

    List<UseCase> selected = selection.select(cycle.id());

    assertThat(selected).hasSizeGreaterThan(1);
    assertThat(sql.statementsByKind().minus(before).counts())
        .containsEntry("insert ls_cycle_use_case", 1L)
        .containsEntry("update ls_use_case", 1L);
    assertThat(cycleRepository.useCases(cycle.id()))
        .extracting(CycleUseCase::useCaseId)
        .containsExactlyElementsOf(selected.stream().map(UseCase::id).toList());
    assertThat(cycleRepository.useCases(cycle.id()))
        .extracting(CycleUseCase::rank)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, selected.size()).boxed().toList());
    assertThat(useCases.withIds(selected.stream().map(UseCase::id).toList()))
        .extracting(UseCase::status)
        .containsOnly(UseCaseStatus.SELECTED);
  }

  private Account anAccountWith(int useCaseCount) {
    Account account = data.anAccount();
    IntStream.range(0, useCaseCount).forEach(i -> data.aPlannedUseCase(account).create());
    return account;
  }
}
