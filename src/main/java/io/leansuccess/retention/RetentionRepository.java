package io.leansuccess.retention;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes expired rows a batch at a time, oldest first. Each statement keeps what something still
 * stands on, whatever its age: the latest signal of each account, kind and segment (the next
 * reading is compared with it), a decision that explains a maturity move or a health row, the
 * health row an account's state or a get-well plan points at. A share link goes with the log of its
 * views only once it has ended. Deleting twice deletes nothing more.
 */
@Repository
public class RetentionRepository {

  private final JdbcClient jdbc;

  public RetentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public int deleteSignalsBefore(Instant before, int limit) {
    return jdbc.sql(
            """
            delete from ls_signal where id in (
              select s.id from ls_signal s
              where s.occurred_at < :before
                and exists (select 1 from ls_signal newer
                            where newer.account_id = s.account_id and newer.kind = s.kind
                              and coalesce(newer.segment_key, '') = coalesce(s.segment_key, '')
                              and newer.occurred_at > s.occurred_at)
              order by s.occurred_at
              fetch first :limit rows only)""")
        .param("before", Timestamp.from(before))
        .param("limit", limit)
        .update();
  }

  public int deleteDecisionsBefore(Instant before, int limit) {
    return jdbc.sql(
            """
            delete from ls_decision where id in (
              select d.id from ls_decision d
              where d.decided_at < :before
                and not exists (select 1 from ls_maturity_transition t where t.decision_id = d.id)
                and not exists (select 1 from ls_health_evaluation h where h.decision_id = d.id)
                and not exists (select 1 from ls_renewal_readiness r where r.decision_id = d.id)
                and not exists (select 1 from ls_crm_data_request c where c.decision_id = d.id)
                and not exists (select 1 from ls_re_onboarding o where o.decision_id = d.id)
              order by d.decided_at
              fetch first :limit rows only)""")
        .param("before", Timestamp.from(before))
        .param("limit", limit)
        .update();
  }

  public int deleteHealthHistoryBefore(Instant before, int limit) {
    return jdbc.sql(
            """
            delete from ls_health_evaluation where id in (
              select h.id from ls_health_evaluation h
              where h.evaluated_at < :before
                and not exists (select 1 from ls_health_state s where s.evaluation_id = h.id)
                and not exists (select 1 from ls_get_well_plan p
                                where p.evaluation_id = h.id or p.recovery_evaluation_id = h.id)
              order by h.evaluated_at
              fetch first :limit rows only)""")
        .param("before", Timestamp.from(before))
        .param("limit", limit)
        .update();
  }

  /** Share links that expired or were revoked before {@code before}; their views go with them. */
  public int deleteShareLinksEndedBefore(Instant before, int limit) {
    return jdbc.sql(
            """
            delete from ls_share_link where id in (
              select l.id from ls_share_link l
              where l.expires_at < :before or l.revoked_at < :before
              order by l.created_at
              fetch first :limit rows only)""")
        .param("before", Timestamp.from(before))
        .param("limit", limit)
        .update();
  }
}
