package io.leansuccess.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For the ingestion benchmark only: the API's authentication with a back door, so the same endpoint
 * can be measured with and without HTTP Basic. A request naming a user in {@value #TRUSTED_USER}
 * acts as that user without any password check or group query (the groups are looked up once);
 * every other request is authenticated as in the product.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ShortCircuitedAuthentication extends BasicAuthenticationFilter {

  public static final String TRUSTED_USER = "X-Benchmark-Trusted-User";

  private final ProcessEngine engine;
  private final ApiRoles roles;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

  ShortCircuitedAuthentication(
      ProcessEngine engine, ApiRoles roles, VerifiedCredentials credentials) {
    super(engine, roles, credentials);
    this.engine = engine;
    this.roles = roles;
  }

  @Override
  public void filter(ContainerRequestContext context) {
    String userId = context.getHeaderString(TRUSTED_USER);
    if (userId == null) {
      super.filter(context);
      return;
    }
    List<String> ofUser =
        groups.computeIfAbsent(
            userId,
            id ->
                engine.getIdentityService().createGroupQuery().groupMember(id).list().stream()
                    .map(Group::getId)
                    .toList());
    engine.getIdentityService().setAuthentication(userId, ofUser);
    context.setSecurityContext(new ApiSecurityContext(userId, roles.of(ofUser), false));
  }

  /** Replaces the product's filter in the benchmarks' context (which allows the override). */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Replacement {
    @Bean
    BasicAuthenticationFilter basicAuthenticationFilter(
        ProcessEngine engine, ApiRoles roles, VerifiedCredentials credentials) {
      return new ShortCircuitedAuthentication(engine, roles, credentials);
    }
  }
}
