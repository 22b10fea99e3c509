package io.leansuccess.reonboarding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Re-onboardings ({@code ls_re_onboarding}) and trained bases ({@code ls_trained_base}). */
@Repository
public class ReOnboardingRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public ReOnboardingRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Inserts an open re-onboarding unless the segment has one: the unique {@code open_segment}
   * decides, also between concurrent signals on several nodes; under a savepoint, so a refused
   * insert leaves the surrounding transaction usable.
   *
   * @return false when the segment has an open re-onboarding
   */
  public boolean insertOpen(ReOnboarding reOnboarding) {
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql(
                      """
              insert into ls_re_onboarding (id, account_id, segment_key, open_segment, triggers, opened_at)
              values (?, ?, ?, ?, ?, ?)""")
                  .params(
                      reOnboarding.id(),
                      reOnboarding.accountId(),
                      reOnboarding.segmentKey(),
                      openSegment(reOnboarding.accountId(), reOnboarding.segmentKey()),
                      reOnboarding.triggers().stream()
                          .map(Enum::name)
                          .collect(Collectors.joining(",")),
                      Timestamp.from(reOnboarding.openedAt()))
                  .update());
      return true;
    } catch (DuplicateKeyException openReOnboardingExists) {
      return false;
    }
  }

  public void started(String id, String decisionId, String processInstanceId) {
    jdbc.sql("update ls_re_onboarding set decision_id = ?, process_instance_id = ? where id = ?")
        .params(decisionId, processInstanceId, id)
        .update();
  }

  /** Closes an open re-onboarding; a closed one stays as it was. */
  public void close(String id, Instant at) {
    jdbc.sql(
            "update ls_re_onboarding set open_segment = null, closed_at = ? where id = ? and closed_at is null")
        .params(Timestamp.from(at), id)
        .update();
  }

  public Optional<ReOnboarding> find(String id) {
    return jdbc.sql("select * from ls_re_onboarding where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  /** The account's re-onboardings, newest first. */
  public List<ReOnboarding> ofAccount(String accountId) {
    return jdbc.sql(
            "select * from ls_re_onboarding where account_id = ? order by opened_at desc, id")
        .param(accountId)
        .query(this::map)
        .list();
  }

  /** Records (or replaces) the base a segment was trained on. */
  public void saveBase(TrainedBase base) {
    int updated =
        jdbc.sql(
                """
                update ls_trained_base set users = ?, licences = ?, arr = ?, trained_at = ?
                where account_id = ? and segment_key = ?""")
            .params(
                base.users(),
                base.licences(),
                base.arr(),
                Timestamp.from(base.trainedAt()),
                base.accountId(),
                base.segmentKey())
            .update();
    if (updated == 0) {
      insertBaseIfAbsent(base);
    }
  }

  /** Records a base unless the segment has one: a concurrent record of it wins. */
  public void insertBaseIfAbsent(TrainedBase base) {
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql(
                      """
                  insert into ls_trained_base (account_id, segment_key, users, licences, arr, trained_at)
                  values (?, ?, ?, ?, ?, ?)""")
                  .params(
                      base.accountId(),
                      base.segmentKey(),
                      base.users(),
                      base.licences(),
                      base.arr(),
                      Timestamp.from(base.trainedAt()))
                  .update());
    } catch (DuplicateKeyException recordedMeanwhile) {
      // the other record stands
    }
  }

  /** The trained bases of these accounts, by account and segment key. */
  public Map<String, Map<String, TrainedBase>> basesOf(Collection<String> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, TrainedBase>> bases = new HashMap<>();
    jdbc.sql("select * from ls_trained_base where account_id in (:ids)")
        .param("ids", accountIds)
        .query(ReOnboardingRepository::mapBase)
        .list()
        .forEach(
            base ->
                bases
                    .computeIfAbsent(base.accountId(), id -> new HashMap<>())
                    .put(base.segmentKey(), base));
    return bases;
  }

  static String openSegment(String accountId, String segmentKey) {
    return accountId + "/" + segmentKey;
  }

  private static TrainedBase mapBase(ResultSet row, int rowNumber) throws SQLException {
    BigDecimal arr = row.getBigDecimal("arr");
    return new TrainedBase(
        row.getString("account_id"),
        row.getString("segment_key"),
        row.getInt("users"),
        row.getInt("licences"),
        arr,
        row.getTimestamp("trained_at").toInstant());
  }

  private ReOnboarding map(ResultSet row, int rowNumber) throws SQLException {
    Timestamp closed = row.getTimestamp("closed_at");
    return new ReOnboarding(
        row.getString("id"),
        row.getString("account_id"),
        row.getString("segment_key"),
        Arrays.stream(row.getString("triggers").split(","))
            .map(ReOnboardingTrigger::valueOf)
            .toList(),
        row.getString("decision_id"),
        row.getString("process_instance_id"),
        row.getTimestamp("opened_at").toInstant(),
        closed == null ? null : closed.toInstant());
  }
}
