package io.leansuccess.engine;

import io.leansuccess.rules.drools.DeploymentReport;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment that lacks forms its diagrams bind to it. A {@link ParseException}, like a broken
 * BPMN or DRL, so that {@code /engine-rest} answers 400 with a report per diagram (Camunda Modeler
 * shows the message to whoever pressed deploy) and nothing of the deployment is stored.
 */
public class MissingFormsException extends ParseException {

  private static final long serialVersionUID = 1L;

  /** A user task of a diagram and the form it is bound to. */
  public record MissingForm(String resourceName, String taskId, String formId)
      implements Serializable {}

  public MissingFormsException(List<MissingForm> missing) {
    super(describe(missing), missing.get(0).resourceName(), List.of(), List.of());
    resorceReports = reportsByResource(missing);
  }

  private static String describe(List<MissingForm> missing) {
    return "The deployment lacks forms its diagrams bind to it (formRefBinding=\"deployment\"): "
        + missing.stream()
            .map(form -> form.formId() + " (" + form.taskId() + " in " + form.resourceName() + ")")
            .distinct()
            .collect(Collectors.joining(", "))
        + ". Deploy each diagram together with the forms of its tasks (processes/forms/*.form).";
  }

  private static List<ResourceReport> reportsByResource(List<MissingForm> missing) {
    Map<String, List<Problem>> errors = new LinkedHashMap<>();
    for (MissingForm form : missing) {
      errors
          .computeIfAbsent(form.resourceName(), name -> new ArrayList<>())
          .add(new MissingFormProblem(form));
    }
    return errors.entrySet().stream()
        .<ResourceReport>map(
            entry -> new DeploymentReport(entry.getKey(), List.copyOf(entry.getValue())))
        .toList();
  }

  private record MissingFormProblem(MissingForm form) implements Problem, Serializable {
    @Override
    public String getMessage() {
      return form.taskId()
          + " is bound to form "
          + form.formId()
          + " of its deployment, which holds no such form";
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return form.taskId();
    }

    @Override
    public List<String> getElementIds() {
      return List.of(form.taskId());
    }
  }
}
