package io.leansuccess.engine;

import io.leansuccess.LeanSuccessProperties;
import io.leansuccess.rules.drools.RulesOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the product's processes, forms and rules as one Camunda deployment, the way Camunda
 * Modeler would, so BPMN and DRL of one version travel together. A new deployment is created only
 * when a resource changed since the last one of the same name.
 */
@Component
public class ProductDeployment {

  /** Folder on the classpath, and the resource patterns deployed from it. */
  private static final Map<String, String[]> RESOURCES =
      Map.of(
          "processes", new String[] {"**/*.bpmn", "**/*.form"}, "rules", new String[] {"**/*.drl"});

  private final LeanSuccessProperties properties;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  public ProductDeployment(LeanSuccessProperties properties) {
    this.properties = properties;
  }

  void deploy(ProcessEngine engine) {
    if (!properties.getDeployment().isEnabled()) {
      return;
    }
    Map<String, Resource> resources = bundledResources();
    if (resources.isEmpty()) {
      return;
    }
    DeploymentBuilder builder =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(properties.getDeployment().getName())
            .source(RulesOrigin.PLUGIN_SOURCE)
            .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> builder.addInputStream(name, open(resource)));
    var deployment = builder.deployWithResult();
    EngineLogger.productDeployed(resources.keySet(), deployment.getId());
  }

  /**
   * A host's own auto-deployment without the product's resources: they are deployed here, as one
   * deployment, and a host that deployed our diagrams again without their forms would store
   * versions whose tasks open no form (and is refused for it).
   */
  Resource[] withoutOurs(Resource[] hostResources) {
    var ours =
        bundledResources().values().stream()
            .map(ProductDeployment::urlOf)
            .collect(Collectors.toSet());
    return Arrays.stream(hostResources)
        .filter(resource -> !ours.contains(urlOf(resource)))
        .toArray(Resource[]::new);
  }

  private static String urlOf(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of the product's processes, whichever deployment holds their newest version. */
  Set<String> processKeys() {
    Set<String> keys = new TreeSet<>();
    bundledResources()
        .forEach(
            (name, resource) -> {
              if (name.endsWith(".bpmn")) {
                try (InputStream in = open(resource)) {
                  Bpmn.readModelFromStream(in)
                      .getModelElementsByType(Process.class)
                      .forEach(process -> keys.add(process.getId()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
    return keys;
  }

  /**
   * Resource name (e.g. {@code rules/UseCaseShortlisting.drl}) to resource, sorted for stable
   * diffs.
   */
  Map<String, Resource> bundledResources() {
    Map<String, Resource> found = new TreeMap<>();
    RESOURCES.forEach(
        (folder, patterns) -> {
          for (String pattern : patterns) {
            for (Resource resource : find("classpath*:" + folder + "/" + pattern)) {
              found.put(nameOf(folder, resource), resource);
            }
          }
        });
    return found;
  }

  private Resource[] find(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nameOf(String folder, Resource resource) {
    String url = urlOf(resource);
    return folder + url.substring(url.lastIndexOf("/" + folder + "/") + folder.length() + 1);
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
