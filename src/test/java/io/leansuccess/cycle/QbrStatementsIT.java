package io.leansuccess.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCase;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The QBR's use cases, the cycle's and those planned next, are read once for the whole QBR. */
@LeanSuccessIntegrationTest
class QbrStatementsIT {

  @Autowired QbrService qbrs;
  @Autowired CycleService cycles;
  @Autowired CycleRepository cycleRepository;
  @Autowired TestData data;
  @Autowired SqlStatements sql;

  @Test
  void shouldReadTheUseCasesOfAQbrInTheSameStatementsForOneAsForThreeInTheCycle() {
    Cycle withOne = aCycleWith(1, 2);
    Cycle withThree = aCycleWith(3, 2);

    SqlStatements.Kinds beforeOne = sql.statementsByKind();
    Qbr one = qbrs.produce(withOne.id());
    SqlStatements.Kinds readForOne = sql.statementsByKind().minus(beforeOne);
    SqlStatements.Kinds beforeThree = sql.statementsByKind();
    Qbr three = qbrs.produce(withThree.id());
    SqlStatements.Kinds readForThree = sql.statementsByKind().minus(beforeThree);

    assertThat(one.useCases()).hasSize(1);
    assertThat(three.useCases())
        .hasSize(3)
        .allSatisfy(result -> assertThat(result.kpis()).isNotEmpty());
    assertThat(three.nextQuarter()).as("all five are still in the pipeline").hasSize(5);
    assertThat(readForThree.counts().get("select ls_use_case"))
        .isEqualTo(readForOne.counts().get("select ls_use_case"))
        .isOne();
    assertThat(readForThree.counts().get("select ls_kpi")).isOne();
  }

  /** A running cycle with these use cases selected, and others still in the pipeline. */
  private Cycle aCycleWith(int selected, int inThePipeline) {
    Account account = data.anAccount();
    List<UseCase> useCases =
        IntStream.range(0, selected + inThePipeline)
            .mapToObj(i -> data.aPlannedUseCase(account).create())
            .toList();
    Cycle cycle = cycles.start(account.id());
    for (int rank = 0; rank < selected; rank++) {
      cycleRepository.addUseCase(cycle.id(), useCases.get(rank).id(), false, rank + 1);
    }
    return cycle;
  }
}
