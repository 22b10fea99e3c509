package io.leansuccess.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product's processes are started by the product: a success cycle through {@code POST
 * /api/v1/accounts/{id}/cycles}, an onboarding by a signed contract, a get-well plan by the health
 * rules, a use case's execution by its cycle, the nightly runs by their timers. Each start writes
 * the product's own records with the process (the cycle, the plan) and hands the process the
 * variables it needs. Started bare through the engine's REST API (only an administrator may) such a
 * process would run without them and fail at its first step (a 500); the start is refused instead
 * with 400, in Camunda's error format, naming the process. A caller without the right to start it
 * gets the engine's 403 as before. The processes a designer deploys beside ours start as Camunda
 * starts them.
 */
final class ProductProcessStarts extends OncePerRequestFilter {

  /**
   * {@code …/process-definition/key/{key}[/tenant-id/{tenant}]/start} or {@code
   * …/process-definition/{id}/start}, and {@code submit-form} in their place.
   */
  private static final Pattern START =
      Pattern.compile(
          "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)/?$");

  private final ObjectProvider<ProcessEngine> engine;
  private final Supplier<Set<String>> productKeys;

  ProductProcessStarts(ObjectProvider<ProcessEngine> engine, Supplier<Set<String>> productKeys) {
    this.engine = engine;
    this.productKeys = productKeys;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !START.matcher(EngineApiAnswers.path(request)).find();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher start = START.matcher(EngineApiAnswers.path(request));
    start.find();
    Optional<String> key =
        start.group(1) != null ? Optional.of(decoded(start.group(1))) : keyOf(start.group(2));
    if (key.isPresent() && productKeys.get().contains(key.get()) && !forbidden(key.get())) {
      refuse(response, key.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether the engine would refuse the caller the start anyway (403, as for any process): a known
   * caller without the rights to start it. Where the caller is not known here (Tasklist's own API
   * authenticates further in), the start is refused as the product's.
   */
  private boolean forbidden(String key) {
    ProcessEngine processEngine = engine.getObject();
    Authentication caller = processEngine.getIdentityService().getCurrentAuthentication();
    if (caller == null) {
      return false;
    }
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return !(authorizations.isUserAuthorized(
            caller.getUserId(),
            groups,
            Permissions.CREATE_INSTANCE,
            Resources.PROCESS_DEFINITION,
            key)
        && authorizations.isUserAuthorized(
            caller.getUserId(), groups, Permissions.CREATE, Resources.PROCESS_INSTANCE));
  }

  private Optional<String> keyOf(String definitionId) {
    ProcessDefinition definition =
        engine
            .getObject()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionId(decoded(definitionId))
            .singleResult();
    return Optional.ofNullable(definition).map(ProcessDefinition::getKey);
  }

  private static void refuse(HttpServletResponse response, String key) throws IOException {
    EngineApiAnswers.error(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        EngineRestErrors.INVALID_REQUEST_TYPE,
        "Process '"
            + key
            + "' is started by Lean Success (its API, its rules, its timers or another of its"
            + " processes), not through the engine: see the README's API section.");
  }

  private static String decoded(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }
}
