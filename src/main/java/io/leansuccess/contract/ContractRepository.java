package io.leansuccess.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leansuccess.shared.AccountsInView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts in {@code ls_contract}: the whole contract as JSON, and the columns we query by. */
@Repository
public class ContractRepository {

  private static final String SELECT =
      "select content, revision, received_at, amended_at from ls_contract";

  private final JdbcClient jdbc;
  private final AccountsInView inView;
  private final ObjectMapper json;

  public ContractRepository(JdbcClient jdbc, ObjectMapper json, AccountsInView inView) {
    this.inView = inView;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The contract if the one asking may see its account. */
  public Optional<ReceivedContract> find(String id) {
    var visible = inView.on("account_id");
    return jdbc.sql(SELECT + " where id = :id and " + visible.sql())
        .param("id", id)
        .params(visible.parameters())
        .query(this::row)
        .optional();
  }

  /** Whether a contract has this id, whoever may see it. */
  public boolean exists(String id) {
    return jdbc.sql("select count(*) from ls_contract where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * The account's contracts, the latest signed first (of two signed at once, the later received).
   */
  public List<ReceivedContract> ofAccount(String accountId) {
    return jdbc.sql(SELECT + " where account_id = ? order by signed_at desc, received_at desc, id")
        .param(accountId)
        .query(this::row)
        .list();
  }

  public void insert(Contract contract, Instant now) {
    jdbc.sql(
            """
            insert into ls_contract (id, account_id, revision, signed_at, arr, renewal_date, live_since, csm_email,
                                     content, received_at)
            values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            contract.id(),
            contract.accountId(),
            Timestamp.from(contract.signedAt()),
            contract.arr(),
            contract.renewalDate(),
            contract.liveSince(),
            csmEmail(contract),
            write(contract),
            Timestamp.from(now))
        .update();
  }

  /**
   * Replaces the content and counts the amendment; the account the contract is for never changes.
   */
  public void amend(Contract contract, Instant now) {
    jdbc.sql(
            """
            update ls_contract set revision = revision + 1, signed_at = ?, arr = ?, renewal_date = ?, live_since = ?,
                                   csm_email = ?, content = ?, amended_at = ?
            where id = ?""")
        .params(
            Timestamp.from(contract.signedAt()),
            contract.arr(),
            contract.renewalDate(),
            contract.liveSince(),
            csmEmail(contract),
            write(contract),
            Timestamp.from(now),
            contract.id())
        .update();
  }

  private static String csmEmail(Contract contract) {
    var csm = contract.vendorContacts().csm();
    return csm == null ? null : csm.email();
  }

  private ReceivedContract row(ResultSet rs, int rowNum) throws SQLException {
    Timestamp amendedAt = rs.getTimestamp("amended_at");
    return new ReceivedContract(
        read(rs.getString("content")),
        rs.getInt("revision"),
        rs.getTimestamp("received_at").toInstant(),
        amendedAt == null ? null : amendedAt.toInstant());
  }

  private String write(Contract contract) {
    try {
      return json.writeValueAsString(contract);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Contract " + contract.id() + " cannot be written as JSON", e);
    }
  }

  private Contract read(String content) {
    try {
      return json.readValue(content, Contract.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "A stored contract cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
