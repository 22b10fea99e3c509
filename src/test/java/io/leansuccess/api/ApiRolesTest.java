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

    assertThat(roles).contains("crm-systems", ApiRoles.INTEGRATION, ApiRoles.INTEGRATION_CRM);
    assertThat(roles).doesNotContain(ApiRoles.CSM, ApiRoles.MANAGER);
  }

  @Test
  void shouldGiveTheIntegrationGroupOfEarlierReleasesEveryScope() {
    var roles = new ApiRoles(new LeanSuccessProperties()).of(List.of("integration"));

    assertThat(roles)
        .contains(
            ApiRoles.INTEGRATION,
            ApiRoles.INTEGRATION_CRM,
            ApiRoles.INTEGRATION_ANALYTICS,
            ApiRoles.INTEGRATION_BILLING,
            ApiRoles.INTEGRATION_SURVEYS,
            ApiRoles.INTEGRATION_TICKETING);
  }

  @Test
  void shouldGiveAConfiguredScopeGroupItsScopeOnly() {
    var properties = new LeanSuccessProperties();
    properties.getSecurity().getIntegrationScopeGroups().put("billing", "ldap-billing-systems");

    var roles = new ApiRoles(properties).of(List.of("ldap-billing-systems"));

    assertThat(roles)
        .containsExactlyInAnyOrder(
            "ldap-billing-systems", ApiRoles.INTEGRATION, ApiRoles.INTEGRATION_BILLING);
  }
}
