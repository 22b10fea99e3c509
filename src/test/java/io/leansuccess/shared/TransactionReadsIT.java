package io.leansuccess.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Ownership;
import io.leansuccess.cycle.Cycle;
import io.leansuccess.cycle.CycleRepository;
import io.leansuccess.cycle.CycleStage;
import io.leansuccess.cycle.Quarter;
import io.leansuccess.maturity.MaturityRepository;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.SqlStatements;
import io.leansuccess.support.TestData;
import io.leansuccess.usecase.UseCase;
import io.leansuccess.usecase.UseCaseRepository;
import io.leansuccess.usecase.UseCaseStatus;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delegates and listeners of one engine step run in one transaction and ask for the same rows:
 * the account, its use cases, the cycle, a task's account owner. Read once there, read again after
 * a write of the same table, never kept beyond the transaction or outside one.
 */
@LeanSuccessIntegrationTest
class TransactionReadsIT {

  @Autowired AccountRepository accounts;
  @Autowired UseCaseRepository useCases;
  @Autowired CycleRepository cycles;
  @Autowired MaturityRepository maturity;
  @Autowired TestData data;
  @Autowired SqlStatements sql;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  TransactionTemplate transaction;
  Account account;
  UseCase useCase;
  Cycle cycle;

  @BeforeEach
  void givenAnAccountWithAUseCaseAndACycle() {
    transaction = new TransactionTemplate(transactionManager);
    account = data.anAccount();
    useCase = data.aPlannedUseCase(account).create();
    cycle =
        new Cycle(
            UUID.randomUUID().toString(),
            account.id(),
            new Quarter(2027, 1),
            CycleStage.ENVISION,
            null,
            Instant.now(),
            null);
    cycles.insertOpen(cycle);
  }

  @Test
  void shouldReadTheSameRowsOnceInATransaction() {
    long statements =
        sql.during(
                () ->
                    inTransaction(
                        () -> {
                          for (int i = 0; i < 3; i++) {
                            accounts.find(account.id());
                            accounts.findOwnership(account.id());
                            useCases.find(useCase.id());
                            useCases.ofAccount(account.id());
                            cycles.find(cycle.id());
                            cycles.useCases(cycle.id());
                          }
                          return null;
                        }))
            .count()
            .statements();

    // account 2 (with its segments), ownership 1, use case 2 (with its KPIs), the account's use
    // cases 2, cycle 1, its use cases 1
    assertThat(statements).isEqualTo(9);
  }

  @Test
  void shouldReadEveryTimeOutsideATransaction() {
    long statements =
        sql.during(
                () -> {
                  accounts.findOwnership(account.id());
                  accounts.findOwnership(account.id());
                  cycles.find(cycle.id());
                  cycles.find(cycle.id());
                })
            .statements();

    assertThat(statements).isEqualTo(4);
  }

  @Test
  void shouldReadWhatTheTransactionWroteAfterItRead() {
    inTransaction(
        () -> {
          accounts.find(account.id());
          accounts.findOwnership(account.id());
          useCases.find(useCase.id());
          useCases.ofAccount(account.id());
          cycles.find(cycle.id());
          cycles.findOpen(account.id());
          cycles.useCases(cycle.id());

          accounts.update(renamed(account, "Renamed in this transaction"));
          accounts.assign(account.id(), new Ownership("team-b", "someone.else"));
          useCases.setStatus(useCase.id(), UseCaseStatus.SELECTED, Instant.now());
          cycles.setStage(cycle.id(), CycleStage.BUILD);
          cycles.addUseCase(cycle.id(), useCase.id(), false, 1);

          assertThat(accounts.find(account.id()).orElseThrow().name())
              .isEqualTo("Renamed in this transaction");
          assertThat(accounts.findOwnership(account.id()))
              .contains(new Ownership("team-b", "someone.else"));
          assertThat(useCases.find(useCase.id()).orElseThrow().status())
              .isEqualTo(UseCaseStatus.SELECTED);
          assertThat(useCases.ofAccount(account.id()))
              .singleElement()
              .extracting(UseCase::status)
              .isEqualTo(UseCaseStatus.SELECTED);
          assertThat(cycles.find(cycle.id()).orElseThrow().stage()).isEqualTo(CycleStage.BUILD);
          assertThat(cycles.useCases(cycle.id())).hasSize(1);

          cycles.close(cycle.id(), Instant.now());
          cycles.setStage(cycle.id(), CycleStage.REVISE);

          assertThat(cycles.find(cycle.id()).orElseThrow().stage()).isEqualTo(CycleStage.CLOSED);
          assertThat(cycles.findOpen(account.id())).isEmpty();
          return null;
        });
  }

  @Test
  void shouldAnswerAWrittenCycleAsTheDatabaseWouldWithoutReadingIt() {
    Cycle inserted =
        new Cycle(
            UUID.randomUUID().toString(),
            data.anAccount().id(),
            new Quarter(2027, 2),
            CycleStage.ENVISION,
            null,
            Instant.now(),
            null);

    SqlStatements.Counted<Cycle> known =
        sql.during(
            () ->
                inTransaction(
                    () -> {
                      cycles.insertOpen(inserted);
                      cycles.setStage(inserted.id(), CycleStage.ENVISION);
                      cycles.setProcessInstance(inserted.id(), "instance-1");
                      return cycles.find(inserted.id()).orElseThrow();
                    }));

    assertThat(known.count().statements())
        .as("the insert and the process instance; the same stage is not written again")
        .isEqualTo(2);
    assertThat(known.result()).isEqualTo(cycles.find(inserted.id()).orElseThrow());
    assertThat(known.result().processInstanceId()).isEqualTo("instance-1");
  }

  @Test
  void shouldWriteAStageOnceWhenTheParallelUseCasesEnterItInOneTransaction() {
    long statements =
        sql.during(
                () ->
                    inTransaction(
                        () -> {
                          cycles.setStage(cycle.id(), CycleStage.REVISE);
                          cycles.setStage(cycle.id(), CycleStage.REVISE);
                          return null;
                        }))
            .count()
            .statements();

    assertThat(statements).isOne();
    assertThat(cycles.find(cycle.id()).orElseThrow().stage()).isEqualTo(CycleStage.REVISE);
  }

  @Test
  void shouldWriteAStageAgainOnceTheTransactionMovedTheCycleOn() {
    inTransaction(
        () -> {
          cycles.find(cycle.id());
          cycles.setStage(cycle.id(), CycleStage.BUILD);
          cycles.setStage(cycle.id(), CycleStage.ENVISION);
          return null;
        });

    assertThat(cycles.find(cycle.id()).orElseThrow().stage()).isEqualTo(CycleStage.ENVISION);
  }

  @Test
  void shouldStoreASegmentsMaturityAndAnswerItsLevelWithoutAskingAgain() {
    var first = new MaturityRepository.State(2, 0, cycle.id());
    var second = new MaturityRepository.State(3, 0, "the-next-cycle");

    SqlStatements.Counted<Integer> stored =
        sql.during(
            () ->
                inTransaction(
                    () -> {
                      assertThat(maturity.stateOf(account.id(), "emea"))
                          .isEqualTo(new MaturityRepository.State(1, 0, null));
                      assertThat(maturity.storeState(account.id(), "emea", first, Instant.now()))
                          .isTrue();
                      return maturity.levelOf(account.id(), "emea");
                    }));
    SqlStatements.Counted<Boolean> again =
        sql.during(
            () ->
                inTransaction(
                    () -> {
                      maturity.stateOf(account.id(), "emea");
                      boolean twice =
                          maturity.storeState(account.id(), "emea", first, Instant.now());
                      assertThat(maturity.storeState(account.id(), "emea", second, Instant.now()))
                          .isTrue();
                      assertThat(maturity.levelOf(account.id(), "emea")).isEqualTo(3);
                      return twice;
                    }));

    assertThat(stored.result()).isEqualTo(2);
    assertThat(stored.count().statements()).as("the read and the insert").isEqualTo(2);
    assertThat(again.result()).as("the same cycle applied twice").isFalse();
    assertThat(again.count().statements()).as("the read and two updates").isEqualTo(3);
    assertThat(maturity.stateOf(account.id(), "emea")).isEqualTo(second);
  }

  @Test
  void shouldKeepNothingOnceTheTransactionRolledBack() {
    assertThatThrownBy(
            () ->
                inTransaction(
                    () -> {
                      accounts.findOwnership(account.id());
                      useCases.setStatus(useCase.id(), UseCaseStatus.SELECTED, Instant.now());
                      useCases.find(useCase.id());
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");
    jdbc.update("update ls_account set owner_id = 'changed.elsewhere' where id = ?", account.id());

    inTransaction(
        () -> {
          assertThat(useCases.find(useCase.id()).orElseThrow().status())
              .isEqualTo(useCase.status());
          assertThat(accounts.findOwnership(account.id()).orElseThrow().owner())
              .isEqualTo("changed.elsewhere");
          return null;
        });
  }

  @Test
  void shouldKeepNothingOnceTheTransactionCommitted() {
    inTransaction(() -> accounts.findOwnership(account.id()));
    jdbc.update("update ls_account set owner_id = 'changed.elsewhere' where id = ?", account.id());

    long statements =
        sql.during(
                () ->
                    inTransaction(
                        () -> {
                          assertThat(accounts.findOwnership(account.id()).orElseThrow().owner())
                              .isEqualTo("changed.elsewhere");
                          return null;
                        }))
            .count()
            .statements();
    assertThat(statements).isOne();
  }

  @Test
  void shouldNotShareReadsWithATransactionStartedInsideIt() {
    TransactionTemplate requiresNew = new TransactionTemplate(transactionManager);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    inTransaction(
        () -> {
          accounts.findOwnership(account.id());
          long inner =
              sql.during(
                      () -> {
                        requiresNew.executeWithoutResult(
                            status -> {
                              accounts.findOwnership(account.id());
                              accounts.assign(account.id(), new Ownership("team-b", "inner"));
                            });
                      })
                  .statements();
          assertThat(inner).as("its own read and its write").isEqualTo(2);

          long outer = sql.during(() -> accounts.findOwnership(account.id())).count().statements();
          assertThat(outer).as("the outer transaction's read, kept").isZero();
          return null;
        });
  }

  private <T> T inTransaction(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }

  private static Account renamed(Account account, String name) {
    return new Account(
        account.id(),
        name,
        account.industry(),
        account.arrAtSigning(),
        account.arrNow(),
        account.renewalDate(),
        account.segments());
  }
}
