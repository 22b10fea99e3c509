package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user task in processes/ opens a Camunda Form in Tasklist, deployed with the processes. */
class TaskFormsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static Map<String, JsonNode> formsById = new HashMap<>();

  @BeforeAll
  static void readForms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes/forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        formsById.put(form.path("id").asText(), form);
      }
    }
  }

  static Stream<Path> processes() throws IOException {
    return Files.list(Path.of("processes"))
        .filter(path -> path.toString().endsWith(".bpmn"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldGiveEveryUserTaskADeployedForm(Path file) {
    for (UserTask task :
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding())
          .as("binding of %s", task.getId())
          .isEqualTo("deployment");
      assertThat(formsById)
          .as("processes/forms holds %s for %s", task.getCamundaFormRef(), task.getId())
          .containsKey(task.getCamundaFormRef());
    }
  }

  @Test
  void shouldKeepEveryFormReadableByTasklist() {
    assertThat(formsById).isNotEmpty();
    formsById.forEach(
        (id, form) -> {
          assertThat(form.path("type").asText()).as(id).isEqualTo("default");
          assertThat(form.path("schemaVersion").asInt())
              .as("%s: Tasklist 7.24 renders up to 16", id)
              .isBetween(1, 16);
          assertThat(form.path("components").size()).as(id).isPositive();
        });
  }

  @Test
  void shouldAskForAReasonOnlyWhenTheCsmOverridesTheProposal() {
    JsonNode reason = field(formsById.get("Form_ConfirmOutcome"), "overrideReason");

    assertThat(reason.at("/validate/required").asBoolean()).isTrue();
    assertThat(reason.at("/conditional/hide").asText()).isEqualTo("=outcome = proposedOutcome");
    assertThat(
            field(formsById.get("Form_ConfirmOutcome"), "outcome")
                .at("/values")
                .findValuesAsText("value"))
        .containsExactly("ADOPT", "ITERATE", "DISCARD");
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("No field " + key + " in " + form.path("id"));
  }
}
