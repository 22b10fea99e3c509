package io.leansuccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.support.PostgresServer;
import io.leansuccess.support.SecondApplication;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outside the demo, nobody gets a known password. */
class ProductionProfileIT {

  String url;

  @BeforeEach
  void emptyDatabase() {
    url = PostgresServer.acquireNewDatabase();
  }

  @AfterEach
  void releaseDatabase() {
    PostgresServer.release();
  }

  @Test
  void shouldRefuseToStartWithoutAnAdminPassword() {
    assertThatThrownBy(() -> SecondApplication.start(url, "postgres").close())
        .rootCause()
        .hasMessageContaining("LEAN_SUCCESS_ADMIN_PASSWORD");
  }

  @Test
  void shouldCreateOnlyTheAdminWhenGivenAPassword() {
    try (var app =
        SecondApplication.start(
            url, "postgres", "camunda.bpm.admin-user.password=s3cret-from-env")) {
      IdentityService identity = app.getBean(IdentityService.class);

      assertThat(identity.createUserQuery().list())
          .extracting(user -> user.getId())
          .containsExactly("admin");
      assertThat(identity.checkPassword("admin", "s3cret-from-env")).isTrue();
    }
  }
}
