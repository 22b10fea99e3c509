package io.leansuccess.bench;

import io.leansuccess.decision.RulesVersion;
import io.leansuccess.rules.drools.CompiledRules;
import io.leansuccess.rules.drools.ExecutableModelRules;
import io.leansuccess.rules.drools.RuleSetCompiler;
import io.leansuccess.support.ShippedRules;
import io.leansuccess.usecase.CriteriaAssessment;
import io.leansuccess.usecase.CriteriaGroup;
import io.leansuccess.usecase.KpiDefinition;
import io.leansuccess.usecase.MeasurementMethod;
import io.leansuccess.usecase.ScorecardPerspective;
import io.leansuccess.usecase.ShortlistCandidate;
import io.leansuccess.usecase.ShortlistVerdict;
import io.leansuccess.usecase.UseCaseKind;
import io.leansuccess.usecase.UseCaseShortlisting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;

/**
 * The same decision, shortlisting one use case, four ways: the shipped DRL built classic
 * (drools-mvel, what the product runs) and as executable model, the DRL's tables in Camunda's
 * standalone DMN engine, and plain Java.
 */
final class Shortlisters {

  static final String DRL = "rules/" + UseCaseShortlisting.DECISION + ".drl";
  // the shortlisting DRL before its measurable rule read the candidate's count of complete KPIs
  static final String DRL_BEFORE = "/bench/UseCaseShortlisting.before.drl";
  // not *.dmn: a host application auto-deploys every *.dmn on its class path (EmbeddedPluginIT)
  static final String DMN = "/bench/UseCaseShortlisting.dmn.xml";

  interface Shortlister {
    CriteriaAssessment assess(ShortlistCandidate candidate);
  }

  private Shortlisters() {}

  static String drl() {
    try {
      return Files.readString(Path.of(DRL));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String drlBefore() {
    try (InputStream drl = Shortlisters.class.getResourceAsStream(DRL_BEFORE)) {
      return new String(drl.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RulesVersion version() {
    return new RulesVersion(
        UseCaseShortlisting.DECISION, "benchmark", "benchmark", Instant.EPOCH, DRL);
  }

  /** Sessions pooled as the product pools them ({@code lean-success.rules.pooled-sessions}). */
  static final int SHIPPED_POOLED_SESSIONS = ShippedRules.SHIPPED_POOLED_SESSIONS;

  /** No pool: a new session for every evaluation, as the product did before it pooled them. */
  static final int FRESH_SESSIONS = 0;

  static CompiledRules classic(String drl, int pooledSessions) {
    return new RuleSetCompiler(Shortlisters.class.getClassLoader(), pooledSessions)
        .compile(version(), drl);
  }

  static CompiledRules executableModel(String drl, int pooledSessions) {
    return ExecutableModelRules.compile(version(), drl, pooledSessions);
  }

  static Shortlister drools(CompiledRules rules) {
    return candidate ->
        rules.evaluate(List.of(candidate)).single(CriteriaAssessment.class).orElseThrow();
  }

  /**
   * Drools' stateless session, which the product does not use: one command batch (insert, fire,
   * read back every fact) on a session Drools builds for the call and disposes after.
   */
  static Shortlister stateless(KieBase kieBase) {
    KieCommands commands = KieServices.Factory.get().getCommands();
    return candidate -> {
      ExecutionResults results =
          kieBase
              .newStatelessKieSession()
              .execute(
                  commands.newBatchExecution(
                      List.of(
                          commands.newInsert(candidate),
                          commands.newFireAllRules(),
                          commands.newGetObjects("facts"))));
      return ((Collection<?>) results.getValue("facts"))
          .stream()
              .filter(CriteriaAssessment.class::isInstance)
              .map(CriteriaAssessment.class::cast)
              .findFirst()
              .orElseThrow();
    };
  }

  static DmnEngine dmnEngine() {
    return DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  }

  static DmnDecision dmnDecision(DmnEngine engine) {
    try (InputStream dmn = Shortlisters.class.getResourceAsStream(DMN)) {
      return engine.parseDecision("Shortlisting", dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Shortlister dmn(DmnEngine engine, DmnDecision decision) {
    return candidate -> {
      VariableMap variables =
          Variables.createVariables()
              .putValue("kind", candidate.kind().name())
              .putValue("touchesCoreOperations", candidate.touchesCoreOperations())
              .putValue("perspectivesImpacted", candidate.perspectives().size())
              .putValue("completeKpis", candidate.completeKpis())
              .putValue("valueQuantifiable", candidate.valueQuantifiable())
              .putValue("resourcesAvailable", candidate.resourcesAvailable())
              .putValue("stakeholdersIdentified", candidate.stakeholdersIdentified())
              .putValue("requiredMaturityLevel", candidate.requiredMaturityLevel())
              .putValue("segmentMaturityLevel", candidate.segmentMaturityLevel());
      Map<String, Object> result =
          engine.evaluateDecision(decision, variables).getSingleResult().getEntryMap();
      Set<CriteriaGroup> passed = EnumSet.noneOf(CriteriaGroup.class);
      if (Boolean.TRUE.equals(result.get("strategicPassed"))) {
        passed.add(CriteriaGroup.STRATEGIC);
      }
      if (Boolean.TRUE.equals(result.get("measurablePassed"))) {
        passed.add(CriteriaGroup.MEASURABLE);
      }
      if (Boolean.TRUE.equals(result.get("feasiblePassed"))) {
        passed.add(CriteriaGroup.FEASIBLE);
      }
      // the table's rules embody the same policy as the hand-written baseline: two groups of three;
      // a captured use case is not assessed against any
      ShortlistVerdict verdict = ShortlistVerdict.valueOf((String) result.get("verdict"));
      return new CriteriaAssessment(
          candidate.useCaseId(),
          passed,
          verdict == ShortlistVerdict.CAPTURED ? 0 : HandWrittenShortlisting.GROUPS_TO_PASS,
          verdict);
    };
  }

  static Shortlister java() {
    return HandWrittenShortlisting::assess;
  }

  /** A pipeline's mix: every group alone, pairs, all three, none, and a pre-existing use case. */
  static List<ShortlistCandidate> candidates() {
    KpiDefinition complete =
        new KpiDefinition("days to close", 8.0, 3.0, MeasurementMethod.ANALYTICS);
    KpiDefinition incomplete = new KpiDefinition("adoption", null, 50.0, MeasurementMethod.SURVEY);
    Set<ScorecardPerspective> two =
        EnumSet.of(ScorecardPerspective.FINANCIAL, ScorecardPerspective.CUSTOMER);
    Set<ScorecardPerspective> one = EnumSet.of(ScorecardPerspective.FINANCIAL);
    return List.of(
        new ShortlistCandidate(
            "uc-all", UseCaseKind.PLANNED, true, two, List.of(complete), true, true, true, 2, 2),
        new ShortlistCandidate(
            "uc-strategic-measurable",
            UseCaseKind.PLANNED,
            false,
            two,
            List.of(incomplete, complete),
            false,
            true,
            true,
            2,
            2),
        new ShortlistCandidate(
            "uc-measurable-feasible",
            UseCaseKind.PLANNED,
            false,
            one,
            List.of(complete),
            true,
            true,
            true,
            3,
            2),
        new ShortlistCandidate(
            "uc-strategic-only",
            UseCaseKind.PLANNED,
            true,
            one,
            List.of(incomplete),
            true,
            true,
            true,
            5,
            1),
        new ShortlistCandidate(
            "uc-none", UseCaseKind.PLANNED, false, Set.of(), List.of(), false, false, false, 5, 1),
        new ShortlistCandidate(
            "uc-pre-existing",
            UseCaseKind.PRE_EXISTING,
            true,
            two,
            List.of(complete),
            true,
            true,
            true,
            1,
            1));
  }
}
