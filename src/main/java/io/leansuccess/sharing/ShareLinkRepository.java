package io.leansuccess.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Share links, their views ({@code ls_share_link}, {@code ls_share_link_view}) and the key. */
@Repository
public class ShareLinkRepository {

  /** Views listed with a link; older ones are counted. */
  static final int VIEWS_LISTED = 50;

  private static final String COLUMNS =
      "id, account_id, created_by, created_at, expires_at, revoked_by, revoked_at,"
          + " (select count(*) from ls_share_link_view v where v.link_id = l.id) as view_count";

  private final JdbcClient jdbc;

  public ShareLinkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ShareLink link) {
    jdbc.sql(
            "insert into ls_share_link (id, account_id, created_by, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            link.id(),
            link.accountId(),
            link.createdBy(),
            Timestamp.from(link.createdAt()),
            Timestamp.from(link.expiresAt()))
        .update();
  }

  public Optional<ShareLink> find(String accountId, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from ls_share_link l where id = ? and account_id = ?")
        .params(id, accountId)
        .query(this::row)
        .optional();
  }

  /** Whether the account has this link and it neither expired nor was revoked. */
  public boolean works(String accountId, UUID id, Instant now) {
    return jdbc.sql(
                "select count(*) from ls_share_link where id = ? and account_id = ?"
                    + " and revoked_at is null and expires_at > ?")
            .params(id, accountId, Timestamp.from(now))
            .query(Long.class)
            .single()
        > 0;
  }

  /** Newest first. */
  public List<ShareLink> ofAccount(String accountId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from ls_share_link l where account_id = ? order by created_at desc, id")
        .param(accountId)
        .query(this::row)
        .list();
  }

  /** Revokes a working link; a revoked one keeps its first revocation. */
  public void revoke(String accountId, UUID id, String by, Instant at) {
    jdbc.sql(
            "update ls_share_link set revoked_by = ?, revoked_at = ?"
                + " where id = ? and account_id = ? and revoked_at is null")
        .params(by, Timestamp.from(at), id, accountId)
        .update();
  }

  public void recordView(UUID id, String page, Instant at) {
    jdbc.sql("insert into ls_share_link_view (link_id, viewed_at, page) values (?, ?, ?)")
        .params(id, Timestamp.from(at), page)
        .update();
  }

  /** The key stored under this name, storing the candidate first when there is none. */
  public String keyOf(String name, String candidate, Instant now) {
    jdbc.sql(
            "insert into ls_share_key (id, secret, created_at) values (?, ?, ?)"
                + " on conflict (id) do nothing")
        .params(name, candidate, Timestamp.from(now))
        .update();
    return jdbc.sql("select secret from ls_share_key where id = ?")
        .param(name)
        .query(String.class)
        .single();
  }

  private ShareLink row(ResultSet rs, int rowNum) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<ShareLink.View> views =
        jdbc.sql(
                "select viewed_at, page from ls_share_link_view where link_id = ?"
                    + " order by viewed_at desc limit "
                    + VIEWS_LISTED)
            .param(id)
            .query(
                (view, n) ->
                    new ShareLink.View(
                        view.getTimestamp("viewed_at").toInstant(), view.getString("page")))
            .list();
    return new ShareLink(
        id,
        rs.getString("account_id"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        rs.getString("revoked_by"),
        instant(rs.getTimestamp("revoked_at")),
        rs.getLong("view_count"),
        views);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
