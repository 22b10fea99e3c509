package io.leansuccess.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Both ways of inserting once per key, on PostgreSQL: {@code on conflict do nothing} and the
 * portable savepoints. A taken key inside a transaction must not abort it, and racing transactions
 * must insert each key exactly once.
 */
@LeanSuccessIntegrationTest
class InsertIfAbsentIT {

  static final List<String> COLUMNS = List.of("id", "note");

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired InsertIfAbsent onConflict;

  String table;

  @BeforeEach
  void givenATable() {
    table = "t_insert_" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.execute("create table " + table + " (id varchar(64) primary key, note varchar(64))");
  }

  @Test
  void shouldUseOnConflictOnPostgresql() {
    assertThat(onConflict.isPostgres()).isTrue();
  }

  @Test
  void shouldInsertTheNewKeysAndKeepTheTransactionUsableWithOnConflict() {
    shouldInsertTheNewKeysAndKeepTheTransactionUsable(onConflict);
  }

  @Test
  void shouldInsertTheNewKeysAndKeepTheTransactionUsableWithSavepoints() {
    shouldInsertTheNewKeysAndKeepTheTransactionUsable(InsertIfAbsent.withSavepoints(jdbc));
  }

  @Test
  void shouldInsertEachKeyOnceAcrossRacingTransactionsWithOnConflict() throws Exception {
    shouldInsertEachKeyOnceAcrossRacingTransactions(onConflict);
  }

  @Test
  void shouldInsertEachKeyOnceAcrossRacingTransactionsWithSavepoints() throws Exception {
    shouldInsertEachKeyOnceAcrossRacingTransactions(InsertIfAbsent.withSavepoints(jdbc));
  }

  private void shouldInsertTheNewKeysAndKeepTheTransactionUsable(InsertIfAbsent inserts) {
    jdbc.update("insert into " + table + " values ('a', 'first')");

    Set<Object> inserted =
        transactions.execute(
            status -> {
              Set<Object> keys =
                  inserts.insert(
                      table,
                      "id",
                      COLUMNS,
                      List.of(
                          row("a", "again"),
                          row("b", "new"),
                          row("b", "twice in one call"),
                          row("c", null)));
              // the transaction goes on after the refused rows
              jdbc.update("insert into " + table + " values ('d', 'after')");
              return keys;
            });

    assertThat(inserted).containsExactlyInAnyOrder("b", "c");
    assertThat(
            jdbc.queryForList(
                "select id || ':' || coalesce(note, '-') from " + table + " order by id",
                String.class))
        .containsExactly("a:first", "b:new", "c:-", "d:after");
  }

  private void shouldInsertEachKeyOnceAcrossRacingTransactions(InsertIfAbsent inserts)
      throws Exception {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(row("k" + i, "n" + i));
    }
    var pool = Executors.newFixedThreadPool(4);
    var start = new CountDownLatch(1);
    try {
      List<Future<Set<Object>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                (Callable<Set<Object>>)
                    () -> {
                      start.await();
                      return transactions.execute(
                          status -> inserts.insert(table, "id", COLUMNS, rows));
                    }));
      }
      start.countDown();
      List<Object> all = new ArrayList<>();
      for (var result : results) {
        all.addAll(result.get());
      }
      assertThat(all).as("each key inserted by exactly one transaction").hasSize(200);
      assertThat(new HashSet<>(all)).hasSize(200);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).isEqualTo(200);
  }

  private static Object[] row(String id, String note) {
    return new Object[] {id, note};
  }
}
