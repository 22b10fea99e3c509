package io.leansuccess.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose diagrams bind a task to a form "of this deployment" ({@code
 * camunda:formRefBinding="deployment"}) that the deployment does not hold. Camunda would store it,
 * and every such task would then answer 404 "No Camunda Form Definition was found": the classic
 * result of deploying one changed diagram from Modeler without its forms. The refusal is a {@link
 * org.camunda.bpm.engine.ParseException}, which {@code /engine-rest} answers with 400 and a report
 * per diagram that names each task and the form it misses.
 */
@Component
public class FormsTravelWithDiagrams implements Deployer {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void deploy(DeploymentEntity deployment) {
    // an old deployment read back into Camunda's cache was accepted when it was new
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Set<String> forms = formIds(deployment);
    List<MissingFormsException.MissingForm> missing =
        deployment.getResources().values().stream()
            .filter(
                resource ->
                    resource.getName().endsWith(".bpmn")
                        || resource.getName().endsWith(".bpmn20.xml"))
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .flatMap(resource -> missingForms(resource, forms).stream())
            .toList();
    if (!missing.isEmpty()) {
      var refusal = new MissingFormsException(missing);
      EngineLogger.deploymentRefusedForMissingForms(deployment.getName(), refusal.getMessage());
      throw refusal;
    }
  }

  private static List<MissingFormsException.MissingForm> missingForms(
      ResourceEntity resource, Set<String> forms) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
    } catch (RuntimeException unreadable) {
      return List.of(); // Camunda's BPMN parser reports what is wrong with it
    }
    return model.getModelElementsByType(UserTask.class).stream()
        .filter(
            task ->
                task.getCamundaFormRef() != null
                    && DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(
                        task.getCamundaFormRefBinding())
                    && !forms.contains(task.getCamundaFormRef()))
        .map(
            task ->
                new MissingFormsException.MissingForm(
                    resource.getName(), task.getId(), task.getCamundaFormRef()))
        .toList();
  }

  private Set<String> formIds(DeploymentEntity deployment) {
    Set<String> ids = new HashSet<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        try {
          JsonNode id = json.readTree(resource.getBytes()).get("id");
          if (id != null && id.isTextual()) {
            ids.add(id.asText());
          }
        } catch (IOException unreadable) {
          // Camunda's form deployer reports an unreadable form
        }
      }
    }
    return ids;
  }
}
