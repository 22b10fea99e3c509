package io.leansuccess.rules.drools;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment whose DRL does not compile. It is a {@link ParseException} because that is what
 * Camunda's REST API answers with 400 and a {@code details} report per resource (line, column,
 * message), as it does for broken BPMN; any other engine exception becomes a 500. Camunda Modeler
 * shows the message to whoever pressed deploy.
 */
public class InvalidRulesException extends ParseException {

  private static final long serialVersionUID = 1L;

  public InvalidRulesException(List<CompilationProblem> problems) {
    super(
        RulesCompilationException.describe(problems),
        problems.get(0).resourceName(),
        List.of(),
        List.of());
    resorceReports = reportsByResource(problems);
  }

  private static List<ResourceReport> reportsByResource(List<CompilationProblem> problems) {
    Map<String, List<Problem>> errors = new LinkedHashMap<>();
    for (CompilationProblem problem : problems) {
      errors
          .computeIfAbsent(problem.resourceName(), name -> new ArrayList<>())
          .add(new DrlProblem(problem));
    }
    return errors.entrySet().stream()
        .<ResourceReport>map(
            entry -> new DeploymentReport(entry.getKey(), List.copyOf(entry.getValue())))
        .toList();
  }

  private record DrlProblem(CompilationProblem problem) implements Problem, Serializable {
    @Override
    public String getMessage() {
      return problem.text();
    }

    @Override
    public int getLine() {
      return problem.line();
    }

    @Override
    public int getColumn() {
      return problem.column();
    }

    /** BPMN problems name the element here; a DRL has no element ids. */
    @Override
    public String getMainElementId() {
      return null;
    }

    @Override
    public List<String> getElementIds() {
      return List.of();
    }
  }
}
