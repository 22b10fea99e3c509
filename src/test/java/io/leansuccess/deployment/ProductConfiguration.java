package io.leansuccess.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * What the product reads, taken from the product itself: the environment variables its
 * configuration files name ({@code ${LEAN_SUCCESS_DB_URL:...}}), with their defaults, and every
 * configuration property Spring Boot, Camunda and the plugin describe in their metadata (which an
 * environment variable sets by relaxed binding: {@code SERVER_PORT} for {@code server.port}).
 */
final class ProductConfiguration {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
  static final Path RESOURCES = Path.of("src/main/resources");

  /** Variables named in a configuration file, with their default ("" when none). */
  static Map<String, String> variablesOf(String file) {
    Map<String, String> variables = new TreeMap<>();
    Matcher matcher = PLACEHOLDER.matcher(read(RESOURCES.resolve(file)));
    while (matcher.find()) {
      variables.put(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
    }
    return variables;
  }

  /** The variables of all the product's configuration files (lean-success*.yaml). */
  static Map<String, String> productVariables() {
    try (Stream<Path> files = Files.list(RESOURCES)) {
      Map<String, String> all = new TreeMap<>();
      files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("lean-success.*\\.yaml"))
          .forEach(name -> all.putAll(variablesOf(name)));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Environment variables that bind a documented configuration property. */
  static Set<String> propertyVariables() {
    Set<String> variables = new HashSet<>();
    try {
      for (URL url :
          Collections.list(
              ProductConfiguration.class
                  .getClassLoader()
                  .getResources("META-INF/spring-configuration-metadata.json"))) {
        try (InputStream in = url.openStream()) {
          for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
            variables.add(
                property.path("name").asText().replace("-", "").replace('.', '_').toUpperCase());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return variables;
  }

  /** Whether the product reads this environment variable. */
  static boolean reads(String variable) {
    return productVariables().containsKey(variable) || propertyVariables().contains(variable);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) {
    return (Map<String, Object>) new Yaml().load(read(file));
  }

  /** A value at a dotted path of nested maps, or null. */
  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> yaml, String path) {
    Object node = yaml;
    for (String key : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = ((Map<String, Object>) map).get(key);
    }
    return node;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProductConfiguration() {}
}
