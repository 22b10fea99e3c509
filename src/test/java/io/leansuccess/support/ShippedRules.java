package io.leansuccess.support;

import io.leansuccess.engine.CompiledRules;
import io.leansuccess.engine.RuleSetCompiler;
import io.leansuccess.engine.RulesVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The DRL file of a decision as it is in {@code rules/}, the one that gets deployed, compiled. */
public final class ShippedRules {

  private ShippedRules() {}

  public static CompiledRules compile(String decisionName) {
    String resource = "rules/" + decisionName + ".drl";
    try {
      String drl = Files.readString(Path.of(resource));
      var workingCopy = new RulesVersion(decisionName, "working-copy", "rules/", Instant.now(), resource);
      return new RuleSetCompiler(ShippedRules.class.getClassLoader()).compile(workingCopy, drl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
