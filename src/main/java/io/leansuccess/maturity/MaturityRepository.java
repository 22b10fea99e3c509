package io.leansuccess.maturity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Maturity level per segment ({@code ls_segment_maturity}); a segment never evaluated is at level 1. */
@Repository
public class MaturityRepository {

  static final int LAUNCH = 1;

  private final JdbcClient jdbc;

  public MaturityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public int levelOf(String accountId, String segmentKey) {
    if (segmentKey == null) {
      return LAUNCH;
    }
    return jdbc.sql("select level from ls_segment_maturity where account_id = ? and segment_key = ?")
        .params(accountId, segmentKey)
        .query(Integer.class)
        .optional()
        .orElse(LAUNCH);
  }
}
