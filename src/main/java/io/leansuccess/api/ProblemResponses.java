package io.leansuccess.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.jaxrs2.ReaderListener;
import io.swagger.v3.oas.integration.api.OpenApiReader;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Adds to every operation of the OpenAPI document the error answers our plumbing gives to every
 * request (so resources do not repeat them) and gives every error answer the problem schema.
 * Swagger finds it among the scanned classes and instantiates it.
 */
public class ProblemResponses implements ReaderListener {

  private static final String PROBLEM_SCHEMA =
      "#/components/schemas/" + Problem.class.getSimpleName();

  @Override
  public void beforeScan(OpenApiReader reader, OpenAPI openApi) {
    // nothing to prepare: the responses are added once the operations exist
  }

  @Override
  public void afterScan(OpenApiReader reader, OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.components(new Components());
    }
    ModelConverters.getInstance()
        .readAll(Problem.class)
        .forEach(openApi.getComponents()::addSchemas);
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) -> item.readOperations().forEach(operation -> addTo(path, operation)));
  }

  private static void addTo(String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.responses(new ApiResponses());
    }
    ApiResponses responses = operation.getResponses();
    // what swagger infers from a method's return type it calls "default"; the errors are listed, so
    // it is the 200
    if (responses.containsKey(ApiResponses.DEFAULT)
        && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
      responses.put("200", responses.remove(ApiResponses.DEFAULT).description("OK"));
    }
    boolean hasBody = operation.getRequestBody() != null;
    if (hasBody || operation.getParameters() != null) {
      responses.putIfAbsent(
          "400", new ApiResponse().description("Invalid request: the problem lists the fields"));
    }
    responses.putIfAbsent("401", new ApiResponse().description("No or wrong credentials"));
    responses.putIfAbsent(
        "403", new ApiResponse().description("The user's groups do not allow this"));
    if (path.contains("{")) {
      responses.putIfAbsent("404", new ApiResponse().description("No object with this id"));
    }
    if (hasBody) {
      responses.putIfAbsent(
          "413", new ApiResponse().description("Request body over the configured limit"));
      responses.putIfAbsent(
          "415", new ApiResponse().description("Request body not application/json"));
    }
    responses.putIfAbsent(
        "500", new ApiResponse().description("Server failure; the problem has an error id"));
    responses.forEach(
        (status, response) -> {
          if (status.startsWith("4") || status.startsWith("5")) {
            response.content(
                new Content()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
          }
        });
  }
}
