package io.leansuccess.support;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.decision.RulesVersion;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.rules.drools.RuleSetCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The DRL file of a decision as it is in {@code rules/}, the one that gets deployed, compiled. */
public final class ShippedRules {

  /** Evaluated as the product evaluates them: with its default pool of sessions. */
  public static final int SHIPPED_POOLED_SESSIONS =
      new LeanSuccessProperties().getRules().getPooledSessions();

  private ShippedRules() {}

  public static CompiledRules compile(String decisionName) {
    return compile(decisionName, text(decisionName));
  }

  /** A team's edit of a shipped file, e.g. with a threshold changed. */
  public static CompiledRules compile(String decisionName, String drl) {
    String resource = "rules/" + decisionName + ".drl";
    var workingCopy =
        new RulesVersion(decisionName, "working-copy", "rules/", Instant.now(), resource);
    return new RuleSetCompiler(ShippedRules.class.getClassLoader(), SHIPPED_POOLED_SESSIONS)
        .compile(workingCopy, drl);
  }

  /** The text of {@code rules/<decisionName>.drl}. */
  public static String text(String decisionName) {
    try {
      return Files.readString(Path.of("rules/" + decisionName + ".drl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped text with one {@code declare}d default changed: {@code field : type = value}. */
  public static String withDefault(String decisionName, String field, String value) {
    String drl = text(decisionName);
    String changed = drl.replaceFirst("(" + field + " : \\w+ = )[^\\s/]+", "$1" + value);
    if (changed.equals(drl)) {
      throw new IllegalArgumentException(decisionName + " declares no default for " + field);
    }
    return changed;
  }
}
