package io.leansuccess.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which accounts were onboarded, and by which process instance ({@code ls_onboarding}). */
@Repository
public class OnboardingRepository {

  /** One account's onboarding. */
  public record Onboarding(
      String accountId, String contractId, boolean takeStock, String processInstanceId) {}

  private final JdbcClient jdbc;

  public OnboardingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Onboarding> find(String accountId) {
    return jdbc.sql(
            "select account_id, contract_id, take_stock, process_instance_id from ls_onboarding where account_id = ?")
        .param(accountId)
        .query(
            (rs, rowNum) ->
                new Onboarding(
                    rs.getString("account_id"),
                    rs.getString("contract_id"),
                    rs.getBoolean("take_stock"),
                    rs.getString("process_instance_id")))
        .optional();
  }

  /**
   * Fails on the primary key when the account's onboarding was started already, also concurrently.
   */
  public void insert(Onboarding onboarding, Instant now) {
    jdbc.sql(
            "insert into ls_onboarding (account_id, contract_id, take_stock, started_at) values (?, ?, ?, ?)")
        .params(
            onboarding.accountId(),
            onboarding.contractId(),
            onboarding.takeStock(),
            Timestamp.from(now))
        .update();
  }

  public void setProcessInstance(String accountId, String processInstanceId) {
    jdbc.sql("update ls_onboarding set process_instance_id = ? where account_id = ?")
        .params(processInstanceId, accountId)
        .update();
  }
}
