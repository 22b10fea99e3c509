package io.leansuccess.deployment;

import static io.leansuccess.deployment.ProductConfiguration.at;
import static io.leansuccess.deployment.ProductConfiguration.read;
import static io.leansuccess.deployment.ProductConfiguration.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The files in deployment/ fit the product they deploy: the image, ports, probe paths and
 * environment variables they use are the ones the built jar and its configuration have. There is
 * neither Docker nor Helm on the build machines, so the files are parsed here: compose and the
 * chart's values as YAML, the chart's templates as YAML once their template actions are blanked.
 * Runs after the package phase, which builds the jar whose layers the Dockerfile copies.
 */
class DeploymentFilesIT {

  private static final Path DEPLOYMENT = Path.of("deployment");
  private static final Path CHART = DEPLOYMENT.resolve("helm/lean-success");
  private static final Map<String, Object> PRODUCT =
      yaml(ProductConfiguration.RESOURCES.resolve("lean-success.yaml"));

  @Test
  void shouldBuildTheImageFromTheLayersOfTheExecutableJarAsANonRootUserWithAHealthCheck()
      throws Exception {
    String dockerfile = read(DEPLOYMENT.resolve("Dockerfile"));
    assertThat(dockerfile)
        .contains("COPY target/lean-success-*-" + pomProperty("exec.classifier") + ".jar");
    try (JarFile jar = new JarFile(executableJar().toFile())) {
      String index =
          new String(jar.getInputStream(jar.getEntry("BOOT-INF/layers.idx")).readAllBytes());
      List<String> layers =
          Pattern.compile("^- \"([^\"]+)\":", Pattern.MULTILINE)
              .matcher(index)
              .results()
              .map(match -> match.group(1))
              .toList();
      assertThat(layers).isNotEmpty();
      layers.forEach(layer -> assertThat(dockerfile).contains("/extracted/" + layer + "/ ./"));
    }
    Matcher user = Pattern.compile("^USER (\\S+)", Pattern.MULTILINE).matcher(dockerfile);
    assertThat(user.find()).as("a USER line").isTrue();
    assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
    assertThat(dockerfile)
        .containsPattern("HEALTHCHECK .*\\n?.*http://localhost:" + managementPort() + readiness());
    assertThat(dockerfile).contains("EXPOSE " + applicationPort() + " " + managementPort());
  }

  @Test
  void shouldRunTwoNodesOnPostgresBehindALoadBalancerThatKeepsSessionsOnTheirNode() {
    Map<String, Object> compose = yaml(DEPLOYMENT.resolve("compose.yaml"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    assertThat(services).containsKeys("postgres", "node-1", "node-2", "load-balancer");
    assertThat(at(services.get("postgres"), "healthcheck.test")).isNotNull();
    for (String node : List.of("node-1", "node-2")) {
      Map<String, Object> service = services.get(node);
      assertThat(service.get("image")).as(node).isEqualTo("lean-success:" + projectVersion());
      assertThat(at(service, "build.dockerfile")).as(node).isEqualTo("deployment/Dockerfile");
      @SuppressWarnings("unchecked")
      Set<String> environment = ((Map<String, Object>) service.get("environment")).keySet();
      assertThat(environment)
          .as("%s sets what a production node needs", node)
          .containsAll(requiredVariables());
      assertThat(environment)
          .as("%s sets only what the product reads", node)
          .allMatch(ProductConfiguration::reads);
    }
    String haproxy = read(DEPLOYMENT.resolve("haproxy.cfg"));
    assertThat(haproxy)
        .contains(
            "server node-1 node-1:" + applicationPort(),
            "server node-2 node-2:" + applicationPort(),
            "option httpchk GET " + readiness(),
            "port " + managementPort(),
            "cookie LS_NODE insert");
    assertThat(((List<?>) at(services.get("load-balancer"), "volumes")).toString())
        .contains("./haproxy.cfg:");
  }

  @Test
  void shouldDeployTheChartWithActuatorProbesConfigurationFromEnvironmentAndSecretsAndABudget()
      throws Exception {
    Map<String, Object> chart = yaml(CHART.resolve("Chart.yaml"));
    assertThat(chart.get("appVersion")).isEqualTo(projectVersion());
    Map<String, Object> values = yaml(CHART.resolve("values.yaml"));
    assertThat(at(values, "image.repository") + ":" + at(values, "image.tag"))
        .isEqualTo("lean-success:" + projectVersion());
    assertThat(at(values, "service.port")).isEqualTo(applicationPort());
    assertThat(at(values, "service.managementPort")).isEqualTo(managementPort());
    assertThat(at(values, "resources.requests")).isNotNull();

    Map<String, Object> deployment = template("deployment.yaml");
    assertThat(deployment.get("kind")).isEqualTo("Deployment");
    Map<String, Object> container = only(at(deployment, "spec.template.spec.containers"));
    assertThat(at(container, "livenessProbe.httpGet.path")).isEqualTo(liveness());
    assertThat(at(container, "readinessProbe.httpGet.path")).isEqualTo(readiness());
    assertThat(at(container, "startupProbe.httpGet.path")).isEqualTo(liveness());
    assertThat(at(container, "readinessProbe.httpGet.port")).isEqualTo("management");
    assertThat(read(CHART.resolve("templates/deployment.yaml")))
        .contains(
            "containerPort: " + applicationPort(),
            "containerPort: {{ .Values.service.managementPort }}");
    List<Map<String, Object>> env = list(container.get("env"));
    Set<String> names =
        env.stream().map(variable -> (String) variable.get("name")).collect(Collectors.toSet());
    assertThat(names).containsAll(requiredVariables()).allMatch(ProductConfiguration::reads);
    assertThat(env)
        .filteredOn(variable -> ((String) variable.get("name")).endsWith("PASSWORD"))
        .as("passwords from a Secret")
        .allMatch(variable -> at(variable, "valueFrom.secretKeyRef") != null);
    assertThat(template("secret.yaml").get("kind")).isEqualTo("Secret");
    assertThat(template("service.yaml").get("kind")).isEqualTo("Service");
    Map<String, Object> budget = template("pdb.yaml");
    assertThat(budget.get("kind")).isEqualTo("PodDisruptionBudget");
    assertThat(read(CHART.resolve("templates/pdb.yaml")))
        .as("the budget selects the deployment's pods")
        .contains(
            "minAvailable: {{ .Values.podDisruptionBudget.minAvailable }}",
            "matchLabels:",
            "{{- include \"lean-success.selectorLabels\" . | nindent 6 }}");
  }

  /** Variables a production node must get: its profile's, and the ones without a default. */
  private static Set<String> requiredVariables() {
    Set<String> required =
        new TreeSet<>(ProductConfiguration.variablesOf("lean-success-postgres.yaml").keySet());
    ProductConfiguration.variablesOf("lean-success.yaml")
        .forEach(
            (name, fallback) -> {
              if (fallback.isEmpty()) {
                required.add(name);
              }
            });
    required.add("SPRING_PROFILES_ACTIVE");
    return required;
  }

  private static int managementPort() {
    return Integer.parseInt(
        ProductConfiguration.variablesOf("lean-success.yaml").get("LEAN_SUCCESS_MANAGEMENT_PORT"));
  }

  /** The product sets no server.port: Spring Boot's default. */
  private static int applicationPort() {
    assertThat(at(PRODUCT, "server.port")).isNull();
    return 8080;
  }

  private static String liveness() {
    return probe("liveness");
  }

  private static String readiness() {
    return probe("readiness");
  }

  private static String probe(String group) {
    assertThat(at(PRODUCT, "management.endpoint.health.group." + group))
        .as("the %s group", group)
        .isNotNull();
    Object basePath = at(PRODUCT, "management.endpoints.web.base-path");
    return (basePath == null ? "/actuator" : basePath) + "/health/" + group;
  }

  /**
   * A template as YAML, its actions blanked: lines that are only an action (if, end, with, include
   * | nindent, toYaml) go, and each remaining action becomes a plain word.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> template(String name) {
    List<String> lines = new ArrayList<>();
    for (String line : read(CHART.resolve("templates").resolve(name)).split("\n")) {
      if (!line.strip().matches("\\{\\{-?.*-?}}") || line.contains(":")) {
        lines.add(line.replaceAll("\\{\\{-?[^}]*-?}}", "value"));
      }
    }
    return (Map<String, Object>) new Yaml().load(String.join("\n", lines));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static Map<String, Object> only(Object value) {
    List<Map<String, Object>> items = list(value);
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static Path executableJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(
              file ->
                  file.getFileName()
                      .toString()
                      .equals(
                          "lean-success-"
                              + projectVersion()
                              + "-"
                              + pomProperty("exec.classifier")
                              + ".jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("the package phase builds the executable jar first"));
    }
  }

  private static String projectVersion() {
    return pom().getElementsByTagName("version").item(1).getTextContent();
  }

  private static String pomProperty(String name) {
    return pom().getElementsByTagName(name).item(0).getTextContent();
  }

  private static org.w3c.dom.Document pom() {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(Path.of("pom.xml").toFile());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
