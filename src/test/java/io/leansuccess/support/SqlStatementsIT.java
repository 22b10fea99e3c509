package io.leansuccess.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The statement counter the scale tests and benchmarks rely on counts what the product sends. */
@LeanSuccessIntegrationTest
class SqlStatementsIT {

  @Autowired SqlStatements sql;
  @Autowired TestData data;
  @LocalServerPort int port;

  @Test
  void shouldCountTheStatementsAndTheCommitOfAWrite() {
    SqlStatements.Counted<Account> created = sql.during(() -> data.anAccount());

    assertThat(created.count().statements()).isPositive();
    assertThat(created.count().commits()).isPositive();
  }

  @Test
  void shouldCountTheStatementsOfARequestServedOnAnotherThread() {
    Account account = data.anAccount();

    SqlStatements.Count read =
        sql.during(
            () -> {
              assertThat(
                      Http.as(port, "admin", "admin")
                          .get("/api/v1/accounts/" + account.id())
                          .statusCode())
                  .isEqualTo(200);
            });

    assertThat(read.statements()).isPositive();
  }
}
