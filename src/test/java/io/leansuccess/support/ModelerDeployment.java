package io.leansuccess.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Deploys as Camunda Modeler does: {@code POST /engine-rest/deployment/create}, a multipart form
 * with one part per file, {@code deployment-source} "Camunda Modeler", as the admin.
 */
public final class ModelerDeployment {

  public static final String SOURCE = "Camunda Modeler";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelerDeployment() {}

  public static ResponseEntity<String> deploy(
      TestRestTemplate rest, String name, Map<String, String> files) {
    return deploy(rest, name, SOURCE, files);
  }

  /**
   * The same call with another {@code deployment-source}: what a script of the team's would send.
   */
  public static ResponseEntity<String> deploy(
      TestRestTemplate rest, String name, String source, Map<String, String> files) {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", name);
    form.add("deployment-source", source);
    form.add("enable-duplicate-filtering", "false");
    files.forEach(
        (resourceName, text) ->
            form.add(
                resourceName,
                new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
                  @Override
                  public String getFilename() {
                    return resourceName;
                  }
                }));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("admin", "admin")
        .postForEntity(
            "/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  /** Deploys and answers the new deployment's id; fails unless Camunda answered 200. */
  public static String deployed(TestRestTemplate rest, String name, Map<String, String> files) {
    ResponseEntity<String> response = deploy(rest, name, files);
    if (response.getStatusCode() != HttpStatus.OK) {
      throw new AssertionError(
          "Deployment refused: " + response.getStatusCode() + " " + response.getBody());
    }
    try {
      JsonNode body = JSON.readTree(response.getBody());
      return body.path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
