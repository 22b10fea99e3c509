package io.leansuccess.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.function.UnaryOperator;

/**
 * One rule for the rules' reasoning on every path: which rules fired, on which facts, by which
 * rules version, and the decision records behind them are the CS team's (CSMs, managers, admins),
 * as {@code /decisions} and {@code /accounts/{id}/decisions} allow. Wherever else a result carries
 * them (a use case's decisions, a health's fired rules), an integration gets the result without
 * them. docs/api.md lists the paths.
 */
public final class Reasoning {

  private Reasoning() {}

  public static boolean shownTo(SecurityContext security) {
    return ApiRoles.csTeam(security);
  }

  /** The result as the caller may see it: whole, or as {@code withoutReasoning} makes it. */
  public static <T> T of(SecurityContext security, T result, UnaryOperator<T> withoutReasoning) {
    return shownTo(security) ? result : withoutReasoning.apply(result);
  }
}
