package io.leansuccess.getwell;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.PlanStarts;
import io.leansuccess.support.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Never two open get-well plans for one account, even when signals for it arrive at once on
 * several threads or nodes", on PostgreSQL: the unique open plan per account decides, and a refused
 * escalation answers false instead of failing.
 */
@LeanSuccessIntegrationTest
class GetWellPlanConcurrencyIT {

  private static final int THREADS = 8;
  private static final int ACCOUNTS = 50;
  private static final int ROUNDS = 5;

  @Autowired GetWellPlanService getWellPlans;
  @Autowired RuntimeService runtime;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired TestData data;
  private final List<String> accountIds = new ArrayList<>();

  @AfterEach
  void endThePlans() {
    accountIds.forEach(
        accountId ->
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(accountId)
                .list()
                .forEach(
                    instance ->
                        runtime.deleteProcessInstance(
                            instance.getId(), "GetWellPlanConcurrencyIT is done")));
  }

  @Test
  void shouldOpenExactlyOnePlanPerAccountWhenEscalationsRace() throws Exception {
    IntStream.range(0, ACCOUNTS).forEach(i -> accountIds.add(data.anAccount().id()));
    Map<String, AtomicInteger> started = new ConcurrentHashMap<>();

    List<Throwable> failures =
        race(
            accountId -> {
              if (getWellPlans.escalate(
                  accountId,
                  "evaluation-" + Thread.currentThread().getName(),
                  List.of("Health red"))) {
                started.computeIfAbsent(accountId, id -> new AtomicInteger()).incrementAndGet();
              }
            });

    assertThat(failures).as("no escalation fails").isEmpty();
    assertThat(startsRace()).as("no start fails").isEmpty();
    for (String accountId : accountIds) {
      assertThat(started.get(accountId))
          .as("escalations answered true for %s", accountId)
          .hasValue(1);
      assertThat(openPlans(accountId)).as("open plans of %s", accountId).isEqualTo(1);
      assertThat(plans(accountId)).as("plans of %s", accountId).isEqualTo(1);
      assertThat(planProcesses(accountId))
          .as("running plan processes of %s", accountId)
          .isEqualTo(1);
      assertThat(getWellPlans.hasOpenPlan(accountId)).isTrue();
    }

    // recovery closes each plan; the next escalations race again and open one new plan each
    accountIds.forEach(accountId -> getWellPlans.recovered(accountId, "evaluation-recovered"));
    accountIds.forEach(accountId -> assertThat(getWellPlans.hasOpenPlan(accountId)).isFalse());
    List<Throwable> again =
        race(
            accountId ->
                getWellPlans.escalate(accountId, "evaluation-again", List.of("Health red")));

    assertThat(again).isEmpty();
    assertThat(startsRace()).isEmpty();
    for (String accountId : accountIds) {
      assertThat(plans(accountId)).as("plans of %s", accountId).isEqualTo(2);
      assertThat(openPlans(accountId)).as("open plans of %s", accountId).isEqualTo(1);
      assertThat(planProcesses(accountId))
          .as("running plan processes of %s", accountId)
          .isEqualTo(1);
    }
  }

  @Test
  void shouldOpenExactlyOnePlanPerAccountWhenBatchesOfEscalationsRace() throws Exception {
    IntStream.range(0, ACCOUNTS).forEach(i -> accountIds.add(data.anAccount().id()));
    Map<String, AtomicInteger> started = new ConcurrentHashMap<>();
    var random = new Random(17);

    // each batch: the account, another one, and the account again (as a health chunk never has it)
    List<Throwable> failures =
        race(
            accountId -> {
              String other = accountIds.get(random.nextInt(accountIds.size()));
              getWellPlans
                  .escalateAll(
                      List.of(
                          new GetWellPlans.Escalation(accountId, "batch", List.of("Health red")),
                          new GetWellPlans.Escalation(other, "batch", List.of("Health red")),
                          new GetWellPlans.Escalation(accountId, "again", List.of("Health red"))))
                  .forEach(
                      id ->
                          started.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
            });

    assertThat(failures).as("no batch fails").isEmpty();
    assertThat(startsRace()).as("no start fails").isEmpty();
    for (String accountId : accountIds) {
      assertThat(started.get(accountId)).as("batches that opened %s", accountId).hasValue(1);
      assertThat(plans(accountId)).as("plans of %s", accountId).isEqualTo(1);
      assertThat(planProcesses(accountId))
          .as("running plan processes of %s", accountId)
          .isEqualTo(1);
      assertThat(processOfOpenPlan(accountId))
          .as("the plan's row names its instance")
          .isEqualTo(
              runtime
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(accountId)
                  .singleResult()
                  .getId());
    }
  }

  @Test
  void shouldStartTheOthersOfABatchWhenOneAccountHasAnOpenPlan() {
    String open = data.anAccount().id();
    String first = data.anAccount().id();
    String second = data.anAccount().id();
    accountIds.addAll(List.of(open, first, second));
    assertThat(getWellPlans.escalate(open, "evaluation-1", List.of("Health red"))).isTrue();

    var opened =
        getWellPlans.escalateAll(
            List.of(
                new GetWellPlans.Escalation(first, "evaluation-2", List.of("NPS -20")),
                new GetWellPlans.Escalation(open, "evaluation-2", List.of("NPS -20")),
                new GetWellPlans.Escalation(second, "evaluation-2", List.of("NPS -20"))));

    assertThat(opened).containsExactlyInAnyOrder(first, second);
    List.of(open, first, second)
        .forEach(accountId -> PlanStarts.createInstances(engine, accountId));
    for (String accountId : List.of(open, first, second)) {
      assertThat(plans(accountId)).as("plans of %s", accountId).isEqualTo(1);
      assertThat(planProcesses(accountId)).as("plan processes of %s", accountId).isEqualTo(1);
    }
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(second)
                .singleResult()
                .getId())
        .isEqualTo(processOfOpenPlan(second));
    assertThat(runtime.getVariable(processOfOpenPlan(second), GetWellPlanProcess.REASONS))
        .isEqualTo("NPS -20");
  }

  /**
   * The open plans' starts, at least once: every thread runs each account's start as its job would,
   * {@link #ROUNDS} times, all at once; then the start jobs themselves run. Each plan must end with
   * one instance.
   */
  private List<Throwable> startsRace() throws Exception {
    List<Throwable> failures =
        race(
            accountId ->
                getWellPlans.start(
                    jdbc.sql("select id from ls_get_well_plan where open_account_id = ?")
                        .param(accountId)
                        .query(String.class)
                        .single()));
    accountIds.forEach(accountId -> PlanStarts.createInstances(engine, accountId));
    return failures;
  }

  private String processOfOpenPlan(String accountId) {
    return jdbc.sql("select process_instance_id from ls_get_well_plan where open_account_id = ?")
        .param(accountId)
        .query(String.class)
        .single();
  }

  /**
   * Every thread escalates every account {@link #ROUNDS} times, each in its own order, all starting
   * at once.
   */
  private List<Throwable> race(AccountAction action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int thread = 0; thread < THREADS; thread++) {
        var random = new Random(thread);
        done.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      go.await();
                      for (int round = 0; round < ROUNDS; round++) {
                        List<String> order = new ArrayList<>(accountIds);
                        Collections.shuffle(order, random);
                        for (String accountId : order) {
                          try {
                            action.on(accountId);
                          } catch (Throwable failure) {
                            failures.add(failure);
                          }
                        }
                      }
                      return null;
                    }));
      }
      go.countDown();
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  private long openPlans(String accountId) {
    return jdbc.sql("select count(*) from ls_get_well_plan where open_account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  private long plans(String accountId) {
    return jdbc.sql("select count(*) from ls_get_well_plan where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  private long planProcesses(String accountId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(GetWellPlanProcess.KEY)
        .processInstanceBusinessKey(accountId)
        .count();
  }

  @FunctionalInterface
  private interface AccountAction {
    void on(String accountId);
  }
}
