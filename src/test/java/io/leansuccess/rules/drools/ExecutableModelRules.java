package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesVersion;
import java.util.UUID;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * A DRL compiled the way Drools 10 recommends, to its executable model (the DRL translated to Java
 * and compiled), wrapped in the same {@link CompiledRules} as the classic build so that both are
 * evaluated by the very same code. The benchmarks compare the two.
 */
public final class ExecutableModelRules {

  private ExecutableModelRules() {}

  public static CompiledRules compile(RulesVersion version, String drl, int pooledSessions) {
    KieServices services = KieServices.Factory.get();
    ReleaseId releaseId =
        services.newReleaseId(
            "io.leansuccess.rules", version.decisionName(), "1.0.0-" + UUID.randomUUID());
    KieFileSystem files =
        services
            .newKieFileSystem()
            .generateAndWritePomXML(releaseId)
            .write("src/main/resources/" + version.resourceName(), drl);
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(
          "Executable model of "
              + version.resourceName()
              + ": "
              + builder.getResults().getMessages(Message.Level.ERROR));
    }
    var container = services.newKieContainer(releaseId);
    services.getRepository().removeKieModule(releaseId);
    return new CompiledRules(version, container.getKieBase(), pooledSessions);
  }
}
