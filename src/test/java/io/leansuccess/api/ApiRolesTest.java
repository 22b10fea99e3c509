package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.LeanSuccessProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The groups an operator configures count as the roles {@code @RolesAllowed} names. */
class ApiRolesTest {

  @Test
  void shouldGiveTheIntegrationRoleToTheConfiguredIntegrationGroup() {
    var properties = new LeanSuccessProperties();
    properties.getSecurity().setIntegrationGroup("crm-systems");

    var roles = new ApiRoles(properties).of(List.of("crm-systems"));

    assertThat(roles).containsExactlyInAnyOrder("crm-systems", ApiRoles.INTEGRATION);
    assertThat(roles).doesNotContain(ApiRoles.CSM, ApiRoles.MANAGER);
  }
}
