package io.leansuccess.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
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

  private Account anAccountWith(int useCaseCount) {
    Account account = data.anAccount();
    IntStream.range(0, useCaseCount).forEach(i -> data.aPlannedUseCase(account).create());
    return account;
  }
}
