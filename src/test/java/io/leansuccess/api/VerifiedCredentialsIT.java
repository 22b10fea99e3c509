package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API keeps credentials it verified for a few seconds, and forgets them the moment they may
 * have become wrong: each test first has its user's credentials verified and kept (a request that
 * succeeds), then changes something in the identity service and expects the very next request to be
 * judged anew. The users are this test's own, so a wrong password here locks no shared user.
 */
@LeanSuccessIntegrationTest
class VerifiedCredentialsIT {

  private static final String PASSWORD = "crm-secret";

  /**
   * Any path the integration group may read: an unknown account answers 404 only once authenticated
   * and authorized.
   */
  private static final String PATH = "/api/v1/accounts/no-such-account";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired LeanSuccessProperties properties;

  private String user;

  @BeforeEach
  void givenAnIntegrationWhoseCredentialsWereJustVerified() {
    user = "verified-credentials-it." + UUID.randomUUID().toString().substring(0, 8);
    var created = identity.newUser(user);
    created.setPassword(PASSWORD);
    identity.saveUser(created);
    identity.createMembership(user, properties.getSecurity().getIntegrationGroup());
    assertThat(as(PASSWORD).get(PATH).status()).isEqualTo(404);
    assertThat(as(PASSWORD).get(PATH).status()).isEqualTo(404);
  }

  @AfterEach
  void deleteTheUser() {
    ClockUtil.reset();
    identity.deleteUser(user);
  }

  @Test
  void shouldRefuseTheOldPasswordAtOnceWhenThePasswordIsChanged() {
    var changed = identity.createUserQuery().userId(user).singleResult();
    changed.setPassword("new-secret");
    identity.saveUser(changed);

    assertThat(as("new-secret").get(PATH).status()).isEqualTo(404);
    assertThat(as(PASSWORD).get(PATH).status()).isEqualTo(401);
  }

  @Test
  void shouldRefuseTheRightPasswordWhileTheUserIsLockedAfterAWrongOne() {
    // the lock lasts a few seconds of engine time: frozen here, so it cannot end during the test
    ClockUtil.setCurrentTime(Date.from(Instant.now()));

    assertThat(as("wrong-" + PASSWORD).get(PATH).status()).isEqualTo(401);

    assertThat(as(PASSWORD).get(PATH).status()).isEqualTo(401);
  }

  @Test
  void shouldDenyTheIntegrationsPathsAtOnceWhenTheUserLeavesTheIntegrationGroup() {
    identity.deleteMembership(user, properties.getSecurity().getIntegrationGroup());

    assertThat(as(PASSWORD).get(PATH).status()).isEqualTo(403);
  }

  @Test
  void shouldRefuseADeletedUserAtOnce() {
    identity.deleteUser(user);

    assertThat(as(PASSWORD).get(PATH).status()).isEqualTo(401);
  }

  private ApiClient as(String password) {
    return new ApiClient(port).as(user, password);
  }
}
