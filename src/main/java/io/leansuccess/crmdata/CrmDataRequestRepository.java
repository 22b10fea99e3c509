package io.leansuccess.crmdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests to complete an account's CRM record ({@code ls_crm_data_request}). */
@Repository
public class CrmDataRequestRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public CrmDataRequestRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Inserts an open request unless the account has one: the unique {@code open_account_id} decides,
   * also between transactions on several nodes; under a savepoint, so a refused insert leaves the
   * surrounding transaction usable.
   *
   * @return false when the account has an open request
   */
  public boolean insertOpen(CrmDataRequest request) {
    try {
      savepoint.executeWithoutResult(
          status ->
              jdbc.sql(
                      """
              insert into ls_crm_data_request (id, account_id, open_account_id, contract_id, missing,
                account_manager, opened_at)
              values (?, ?, ?, ?, ?, ?, ?)""")
                  .params(
                      request.id(),
                      request.accountId(),
                      request.accountId(),
                      request.contractId(),
                      write(request.missing()),
                      request.accountManager(),
                      Timestamp.from(request.openedAt()))
                  .update());
      return true;
    } catch (DuplicateKeyException openRequestExists) {
      return false;
    }
  }

  public void started(String requestId, String decisionId, String processInstanceId) {
    jdbc.sql("update ls_crm_data_request set decision_id = ?, process_instance_id = ? where id = ?")
        .params(decisionId, processInstanceId, requestId)
        .update();
  }

  /** Closes an open request; a closed one stays as it was. */
  public void close(String requestId, Instant at, String completedByContract) {
    jdbc.sql(
            """
            update ls_crm_data_request set open_account_id = null, closed_at = ?, completed_by_contract = ?
            where id = ? and closed_at is null""")
        .params(Timestamp.from(at), completedByContract, requestId)
        .update();
  }

  public Optional<CrmDataRequest> findOpen(String accountId) {
    return jdbc.sql("select * from ls_crm_data_request where open_account_id = ?")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  /** The account's requests, newest first. */
  public List<CrmDataRequest> ofAccount(String accountId) {
    return jdbc.sql(
            "select * from ls_crm_data_request where account_id = ? order by opened_at desc, id")
        .param(accountId)
        .query(this::map)
        .list();
  }

  private static String write(List<CrmField> missing) {
    return missing.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private CrmDataRequest map(ResultSet row, int rowNumber) throws SQLException {
    Timestamp closed = row.getTimestamp("closed_at");
    String missing = row.getString("missing");
    return new CrmDataRequest(
        row.getString("id"),
        row.getString("account_id"),
        row.getString("contract_id"),
        missing.isEmpty()
            ? List.of()
            : Arrays.stream(missing.split(",")).map(CrmField::valueOf).toList(),
        row.getString("account_manager"),
        row.getString("decision_id"),
        row.getString("process_instance_id"),
        row.getTimestamp("opened_at").toInstant(),
        closed == null ? null : closed.toInstant(),
        row.getString("completed_by_contract"));
  }
}
