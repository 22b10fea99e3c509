package io.leansuccess.cycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Yearly visions ({@code ls_vision}) with their objectives ({@code ls_objective}). */
@Repository
public class VisionRepository {

  private final JdbcClient jdbc;

  public VisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates or replaces the vision of the year. */
  @Transactional
  public void save(Vision vision, Instant now) {
    int updated =
        jdbc.sql(
                "update ls_vision set statement = ?, updated_at = ? where account_id = ? and year = ?")
            .params(vision.statement(), Timestamp.from(now), vision.accountId(), vision.year())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into ls_vision (account_id, year, statement, updated_at) values (?, ?, ?, ?)")
          .params(vision.accountId(), vision.year(), vision.statement(), Timestamp.from(now))
          .update();
    }
    jdbc.sql("delete from ls_objective where account_id = ? and year = ?")
        .params(vision.accountId(), vision.year())
        .update();
    int position = 0;
    for (Vision.Objective objective : vision.objectives()) {
      jdbc.sql(
              "insert into ls_objective (account_id, year, position, title, measure) values (?, ?, ?, ?, ?)")
          .params(
              vision.accountId(), vision.year(), position++, objective.title(), objective.measure())
          .update();
    }
  }

  public Optional<Vision> find(String accountId, int year) {
    return jdbc.sql("select statement from ls_vision where account_id = ? and year = ?")
        .params(accountId, year)
        .query(String.class)
        .optional()
        .map(
            statement ->
                new Vision(
                    accountId,
                    year,
                    statement,
                    jdbc.sql(
                            "select title, measure from ls_objective where account_id = ? and year = ? order by position")
                        .params(accountId, year)
                        .query(
                            (row, n) ->
                                new Vision.Objective(
                                    row.getString("title"), row.getString("measure")))
                        .list()));
  }
}
