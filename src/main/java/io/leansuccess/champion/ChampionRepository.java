package io.leansuccess.champion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Champions in {@code ls_champion}, one row per account and e-mail address. */
@Repository
public class ChampionRepository {

  private final JdbcClient jdbc;

  public ChampionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Champion> find(String accountId, String email) {
    return jdbc.sql("select * from ls_champion where account_id = ? and email = ?")
        .params(accountId, Champion.normalizedEmail(email))
        .query(ChampionRepository::map)
        .optional();
  }

  public List<Champion> ofAccount(String accountId) {
    return jdbc.sql("select * from ls_champion where account_id = ? order by email")
        .param(accountId)
        .query(ChampionRepository::map)
        .list();
  }

  public void insert(Champion champion) {
    jdbc.sql(
            "insert into ls_champion (account_id, email, name, segment_key, since) values (?, ?, ?, ?, ?)")
        .params(
            champion.accountId(),
            champion.email(),
            champion.name(),
            champion.segmentKey(),
            Timestamp.from(champion.since()))
        .update();
  }

  public void update(Champion champion) {
    jdbc.sql("update ls_champion set name = ?, segment_key = ? where account_id = ? and email = ?")
        .params(champion.name(), champion.segmentKey(), champion.accountId(), champion.email())
        .update();
  }

  /** Champions who count for a segment: those of the segment and those of the whole account. */
  public int countFor(String accountId, String segmentKey) {
    return jdbc.sql(
            "select count(*) from ls_champion where account_id = ? and (segment_key = ? or segment_key is null)")
        .params(accountId, segmentKey)
        .query(Integer.class)
        .single();
  }

  private static Champion map(ResultSet row, int rowNumber) throws SQLException {
    return new Champion(
        row.getString("account_id"),
        row.getString("email"),
        row.getString("name"),
        row.getString("segment_key"),
        row.getTimestamp("since").toInstant());
  }
}
