package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Turns the text of one DRL file into {@link CompiledRules}. Neither Spring nor Camunda is needed,
 * so rule tests compile the very file that gets deployed.
 *
 * <p>The DRL is built from its text with a {@link KnowledgeBuilder} rather than found through a
 * {@code kmodule.xml}: classpath discovery breaks inside Spring Boot's nested jars, and a deployed
 * DRL does not live on the classpath anyway. The builder, unlike {@code KieBuilder}'s messages,
 * keeps the column of each error.
 */
public final class RuleSetCompiler {

  private static final String DRL_SUFFIX = ".drl";

  private final ClassLoader classLoader;
  private final int pooledSessions;
  private final AtomicLong compilations = new AtomicLong();

  /**
   * @param classLoader where DRL imports are resolved: the application's, to see our fact classes
   * @param pooledSessions sessions each compiled rule set keeps for reuse ({@code
   *     lean-success.rules.pooled-sessions}); 0 for a new session every evaluation
   */
  public RuleSetCompiler(ClassLoader classLoader, int pooledSessions) {
    if (pooledSessions < 0) {
      throw new IllegalArgumentException(
          "lean-success.rules.pooled-sessions must be 0 or more, not " + pooledSessions);
    }
    this.classLoader = classLoader;
    this.pooledSessions = pooledSessions;
  }

  public static boolean isRuleSet(String resourceName) {
    return resourceName.endsWith(DRL_SUFFIX);
  }

  /**
   * The decision a DRL file defines: its base name, {@code rules/UseCaseShortlisting.drl} -> {@code
   * UseCaseShortlisting}.
   */
  public static String decisionNameOf(String resourceName) {
    String fileName = resourceName.substring(resourceName.lastIndexOf('/') + 1);
    return fileName.endsWith(DRL_SUFFIX)
        ? fileName.substring(0, fileName.length() - DRL_SUFFIX.length())
        : fileName;
  }

  /**
   * DRL someone submits (a deployment, a simulation): refused when it names a call rules may not
   * make ({@link ForbiddenCalls}), compiled otherwise. Rules stored before are compiled as they
   * are.
   *
   * @throws RulesCompilationException listing every refused call, or every error the compiler
   *     reported
   */
  public CompiledRules compileSubmitted(RulesVersion version, String drl) {
    List<CompilationProblem> refused = ForbiddenCalls.in(version.resourceName(), drl);
    if (!refused.isEmpty()) {
      throw new RulesCompilationException(refused);
    }
    return compile(version, drl);
  }

  /**
   * @throws RulesCompilationException listing every error the compiler reported
   */
  public CompiledRules compile(RulesVersion version, String drl) {
    compilations.incrementAndGet();
    KnowledgeBuilder builder =
        KnowledgeBuilderFactory.newKnowledgeBuilder(
            KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader));
    builder.add(
        ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
            .setSourcePath(version.resourceName()),
        ResourceType.DRL);
    if (builder.hasErrors()) {
      List<CompilationProblem> problems = new ArrayList<>();
      for (KnowledgeBuilderResult error : builder.getResults(ResultSeverity.ERROR)) {
        problems.add(problemOf(version.resourceName(), error));
      }
      throw new RulesCompilationException(problems);
    }
    return new CompiledRules(version, builder.newKieBase(), pooledSessions);
  }

  /** How many DRL files this compiler has compiled: evaluations must not add to it. */
  public long compilations() {
    return compilations.get();
  }

  private static CompilationProblem problemOf(String resourceName, KnowledgeBuilderResult error) {
    int[] lines = error.getLines();
    int line = lines != null && lines.length > 0 ? lines[0] : 0;
    // only these two Drools types know the column; the public result interface does not
    int column = CompilationProblem.UNKNOWN_COLUMN;
    if (error instanceof ParserError parserError) {
      line = parserError.getRow();
      column = parserError.getCol();
    } else if (error instanceof DescrBuildError buildError) {
      column = buildError.getColumn();
    }
    return new CompilationProblem(resourceName, line, column, error.getMessage());
  }
}
