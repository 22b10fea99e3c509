package io.leansuccess.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One operation of the OpenAPI document and the bad requests to make of it: a plausible request
 * built from its schema (so the bad part gets past the parts before it), with one part spoilt.
 */
record FuzzOperation(
    String method,
    String template,
    List<JsonNode> parameters,
    JsonNode bodySchema,
    JsonNode schemas) {

  private static final String SPOILT = "\u0001spoilt\u0001";

  /** Moves every running process (other tests' too) when it succeeds: never generated. */
  private static final Set<String> LEFT_OUT = Set.of("POST /process-migrations");

  static final List<String> BAD_VALUES =
      List.of(
          "123",
          "-1",
          "0",
          "1.5",
          "true",
          "null",
          "[]",
          "{}",
          "[1, 2]",
          "\"\"",
          "\" \"",
          "1e1000000000",
          "-1e1000000000",
          "1e400",
          "1e-1000000000",
          "123456789012345678901234567890",
          "9223372036854775808",
          "-0.0",
          "\"" + "x".repeat(10_000) + "\"",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\uD83D\uDCA5\u202Etxt\"",
          "\"{x}\"",
          "\"../../etc/passwd\"",
          "\"a/b\\\\c%2F\"",
          "\"<script>alert(1)</script>\"",
          "\"' or 1=1 --\"",
          "\"NaN\"",
          "\"+999999999-12-31T23:59:59Z\"",
          "\"-999999999-01-01\"",
          "\"+999999999-12-31\"",
          "\"0000-01-01\"",
          "\"2026-02-30\"",
          "\"2026-10-05T25:00:00Z\"",
          "\"1899-12-31\"",
          "\"2200-01-01T00:00:00Z\"",
          "\"NOT_A_VALUE\"",
          "\"adopted\"");

  /** For a field of that kind: what comes closest to passing, or breaks what reads it. */
  static final List<String> BAD_NUMBERS =
      List.of(
          "1e1000000000",
          "-1e1000000000",
          "1e400",
          "-1e400",
          "1e-1000000000",
          "123456789012345678901234567890",
          "9223372036854775808",
          "2147483648",
          "-2147483649",
          "0.00001",
          "-1",
          "1.5",
          "\"5\"",
          "-0.0");

  static final List<String> BAD_DATES =
      List.of(
          "\"+999999999-12-31T23:59:59Z\"",
          "\"-999999999-01-01T00:00:00Z\"",
          "\"+999999999-12-31\"",
          "\"-999999999-01-01\"",
          "\"0000-01-01\"",
          "\"0001-01-01T00:00:00Z\"",
          "\"2026-02-30\"",
          "\"2026-10-05T25:00:00Z\"",
          "\"1899-12-31\"",
          "\"2200-01-01T00:00:00Z\"",
          "1806451200",
          "[2026, 1, 1]");
  static final List<String> BAD_STRINGS =
      List.of(
          "\"" + "x".repeat(10_000) + "\"",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\uD83D\uDCA5\u202Etxt\"",
          "\"{x}\"",
          "\"a/b\\\\c%2F\"",
          "\"' or 1=1 --\"",
          "\"\"",
          "\" \"",
          "123",
          "true",
          "\"NOT_A_VALUE\"",
          "\"adopted\"");
  static final List<String> BAD_IDS =
      List.of(
          "%2F",
          "a%2Fb",
          "%5C",
          "a%00b",
          "%C3%28",
          "%FF",
          "..",
          "%2E%2E",
          "a;b=c",
          "%7Bx%7D",
          "x".repeat(300),
          "%F0%9F%92%A5",
          "%20",
          "a'b",
          "%22",
          "a%25",
          "0",
          "-1",
          "99999999999999999999",
          "%E2%80%AE");
  static final List<String> BAD_QUERY_VALUES =
      List.of(
          "-1", "0", "abc", "99999999999999999999", "1e3", "", "%00", "%FF", "2147483648", "%2F");
  static final List<String> BAD_BODIES =
      List.of(
          "",
          "[",
          "{\"a\":",
          "null",
          "[]",
          "123",
          "\"text\"",
          "{}",
          "[".repeat(3000) + "]".repeat(3000),
          "{\"a\": " + "[".repeat(1500) + "]".repeat(1500) + "}",
          "\uFEFF{}",
          "{\"a\": 1, \"a\": 2}");

  static List<FuzzOperation> allOf(JsonNode document) {
    List<FuzzOperation> operations = new ArrayList<>();
    JsonNode schemas = document.path("components").path("schemas");
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        entry -> {
                          String method = entry.getKey().toUpperCase(Locale.ROOT);
                          if (!Set.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)
                              || path.getKey().startsWith("/openapi")
                              || LEFT_OUT.contains(method + " " + path.getKey())) {
                            return;
                          }
                          List<JsonNode> parameters = new ArrayList<>();
                          entry.getValue().path("parameters").forEach(parameters::add);
                          JsonNode body =
                              entry
                                  .getValue()
                                  .path("requestBody")
                                  .path("content")
                                  .path("application/json")
                                  .path("schema");
                          operations.add(
                              new FuzzOperation(
                                  method,
                                  path.getKey(),
                                  parameters,
                                  body.isMissingNode() ? null : body,
                                  schemas));
                        }));
    return operations;
  }

  Arbitrary<FuzzRequest> badRequests(ApiFuzzIT.Fixture fixture) {
    List<Arbitrary<FuzzRequest>> kinds = new ArrayList<>();
    List<String> pathParameters = names("path");
    if (!pathParameters.isEmpty()) {
      kinds.add(
          Combinators.combine(Arbitraries.of(pathParameters), Arbitraries.of(BAD_IDS))
              .as(
                  (name, id) ->
                      request(
                          path(fixture, name, id), plausibleBody(), "path " + name + " = " + id)));
    }
    if (!names("query").isEmpty()) {
      kinds.add(
          Combinators.combine(Arbitraries.of(names("query")), Arbitraries.of(BAD_QUERY_VALUES))
              .as(
                  (name, value) ->
                      request(
                          path(fixture, null, null) + "?" + name + "=" + value,
                          plausibleBody(),
                          "query " + name + " = " + value)));
    }
    if (bodySchema != null) {
      List<String> fields = fields(bodySchema, "");
      if (!fields.isEmpty()) {
        kinds.add(
            Arbitraries.of(fields)
                .flatMap(
                    field ->
                        Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.of(badValuesFor(field))),
                                Tuple.of(1, Arbitraries.of(BAD_VALUES)))
                            .map(
                                value ->
                                    request(
                                        path(fixture, null, null),
                                        spoilt(field, value),
                                        field + " = " + shorten(value)))));
        kinds.add(
            Arbitraries.of(fields)
                .map(
                    field ->
                        request(path(fixture, null, null), without(field), "without " + field)));
      }
      kinds.add(
          Arbitraries.of(BAD_BODIES)
              .map(body -> request(path(fixture, null, null), body, "body " + shorten(body))));
      kinds.add(
          Arbitraries.of(
                  "application/x-www-form-urlencoded",
                  "text/plain",
                  "multipart/form-data; boundary=x",
                  "application/xml",
                  "application/json; charset=EBCDIC")
              .map(
                  type ->
                      new FuzzRequest(
                          method, path(fixture, null, null), type, plausibleBody(), "as " + type)));
      kinds.add(
          Arbitraries.just(
              request(
                  path(fixture, null, null),
                  plausibleBody().replaceFirst("\\{", "{\"notAField\": 1, "),
                  "an unknown property")));
    } else if (!method.equals("GET") && !method.equals("DELETE")) {
      kinds.add(
          Arbitraries.of(
                  "application/x-www-form-urlencoded",
                  "text/plain",
                  "multipart/form-data; boundary=x")
              .map(
                  type ->
                      new FuzzRequest(
                          method, path(fixture, null, null), type, "a=b", "form post as " + type)));
    }
    if (kinds.isEmpty()) {
      kinds.add(
          Arbitraries.of(BAD_QUERY_VALUES)
              .map(
                  value ->
                      request(
                          path(fixture, null, null) + "?limit=" + value,
                          null,
                          "limit = " + value)));
    }
    return Arbitraries.oneOf(kinds);
  }

  /** The bad values closest to the field's own kind (number, date, string). */
  private List<String> badValuesFor(String field) {
    JsonNode value = plausible(bodySchema, 0).at(field);
    if (value.isNumber()) {
      return BAD_NUMBERS;
    }
    if (value.isTextual() && value.asText().startsWith("2026-10-05")) {
      return BAD_DATES;
    }
    return value.isTextual() ? BAD_STRINGS : BAD_VALUES;
  }

  private FuzzRequest request(String path, String body, String what) {
    return new FuzzRequest(method, path, body == null ? null : "application/json", body, what);
  }

  @Override
  public String toString() {
    return method + " " + template;
  }

  private List<String> names(String in) {
    return parameters.stream()
        .filter(p -> p.path("in").asText().equals(in))
        .map(p -> p.path("name").asText())
        .toList();
  }

  /** The template with plausible ids, one of them (when given) replaced by a bad one. */
  private String path(ApiFuzzIT.Fixture fixture, String spoiltName, String badId) {
    String path = ApiServletConfiguration.PATH + template;
    String[] segments = path.split("/");
    StringBuilder result = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        String name = segment.substring(1, segment.length() - 1);
        segment = name.equals(spoiltName) ? badId : plausibleId(name, segments[i - 1], fixture);
      }
      result.append('/').append(segment);
    }
    return result.toString();
  }

  private static String plausibleId(String name, String collection, ApiFuzzIT.Fixture fixture) {
    if (name.equals("accountId") || name.equals("id") && collection.equals("accounts")) {
      return fixture.accountId();
    }
    if (name.equals("useCaseId") || name.equals("id") && collection.equals("use-cases")) {
      return fixture.useCaseId();
    }
    return switch (name) {
      case "year" -> "2026";
      case "version" -> "1";
      case "email" -> "fuzz%40example.com";
      default -> "fuzz-1";
    };
  }

  private String plausibleBody() {
    return bodySchema == null ? null : plausible(bodySchema, 0).toString();
  }

  private JsonNode plausible(JsonNode schema, int depth) {
    schema = resolve(schema);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (schema.has("enum")) {
      return schema.path("enum").get(0);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    switch (type) {
      case "object" -> {
        ObjectNode object = nodes.objectNode();
        if (depth < 6) {
          schema
              .path("properties")
              .fields()
              .forEachRemaining(p -> object.set(p.getKey(), plausible(p.getValue(), depth + 1)));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = nodes.arrayNode();
        if (depth < 6) {
          array.add(plausible(schema.path("items"), depth + 1));
        }
        return array;
      }
      case "integer" -> {
        return nodes.numberNode(1);
      }
      case "number" -> {
        return nodes.numberNode(1);
      }
      case "boolean" -> {
        return nodes.booleanNode(true);
      }
      default -> {
        return nodes.textNode(
            switch (schema.path("format").asText()) {
              case "date" -> "2026-10-05";
              case "date-time" -> "2026-10-05T09:00:00Z";
              case "email" -> "fuzz@example.com";
              default -> "fuzz-1";
            });
      }
    }
  }

  /**
   * Every property's path in the body, nested ones as {@code a/b} and array items as {@code a/0}.
   */
  private List<String> fields(JsonNode schema, String prefix) {
    List<String> fields = new ArrayList<>();
    collect(plausible(schema, 0), prefix, fields);
    return fields;
  }

  private static void collect(JsonNode node, String prefix, List<String> fields) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        String path = prefix + "/" + field.getKey();
        fields.add(path);
        collect(field.getValue(), path, fields);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      fields.add(prefix + "/0");
      collect(node.get(0), prefix + "/0", fields);
    }
  }

  private String spoilt(String field, String rawValue) {
    JsonNode body = plausible(bodySchema, 0);
    replace(body, field, JsonNodeFactory.instance.textNode(SPOILT));
    return body.toString().replace("\"" + SPOILT + "\"", rawValue);
  }

  private String without(String field) {
    JsonNode body = plausible(bodySchema, 0);
    int last = field.lastIndexOf('/');
    JsonNode parent = last == 0 ? body : body.at(field.substring(0, last));
    if (parent instanceof ObjectNode object) {
      object.remove(field.substring(last + 1));
    } else if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(field.substring(last + 1)));
    }
    return body.toString();
  }

  private static void replace(JsonNode body, String field, JsonNode value) {
    int last = field.lastIndexOf('/');
    JsonNode parent = last == 0 ? body : body.at(field.substring(0, last));
    if (parent instanceof ObjectNode object) {
      object.set(field.substring(last + 1), value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(field.substring(last + 1)), value);
    }
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.path("$ref").asText();
      schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (schema.has("allOf") && schema.path("allOf").size() == 1) {
      return resolve(schema.path("allOf").get(0));
    }
    return schema;
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
