package io.leansuccess;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of {@code docs/architecture.md}, decided by package. A feature's domain lives in its
 * top package ({@code io.leansuccess.cycle}); what meets the engine lives in its {@code process}
 * sub-package, what meets HTTP in its {@code rest} sub-package. Whole packages are adapters: {@code
 * engine}, {@code api}, {@code pages}, {@code demo}, {@code operations} and {@code rules.drools}.
 */
class ArchitectureTest {

  private static final String[] ADAPTER_PACKAGES = {
    "io.leansuccess.engine..",
    "io.leansuccess.api..",
    "io.leansuccess.pages..",
    "io.leansuccess.demo..",
    "io.leansuccess.operations..",
    "io.leansuccess.rules.drools..",
    "io.leansuccess.*.process..",
    "io.leansuccess.*.rest.."
  };

  /** What the plugin and the app are assembled from; nothing below them knows them. */
  private static final String[] TOP_PACKAGES = {
    "io.leansuccess.engine..",
    "io.leansuccess.pages..",
    "io.leansuccess.demo..",
    "io.leansuccess.operations.."
  };

  /** What every feature may use and that knows no feature. */
  private static final String[] BOTTOM_PACKAGES = {
    "io.leansuccess.decision..", "io.leansuccess.timing..", "io.leansuccess.shared.."
  };

  private static final String[] FRAMEWORKS = {
    "org.camunda..",
    "org.operaton..",
    "org.drools..",
    "org.kie..",
    "jakarta.ws.rs..",
    "org.glassfish..",
    "io.swagger..",
    "jakarta.servlet..",
    "org.springframework.web..",
    "org.springframework.http.."
  };

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.leansuccess");

  @Test
  void packagesShouldBeFreeOfCycles() {
    slices().matching("io.leansuccess.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void domainShouldImportNoEngineRulesRuntimeOrWebType() {
    // one level below io.leansuccess: the feature's own package, not its process or rest
    // sub-package
    noClasses()
        .that()
        .resideInAPackage("io.leansuccess.*")
        .and()
        .resideOutsideOfPackages(ADAPTER_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .because(
            "Camunda, Drools, Jersey and the web stay in adapters, so a move to Operaton or another"
                + " rules engine is a contained change")
        .check(CLASSES);
  }

  @Test
  void domainShouldNotKnowItsAdapters() {
    noClasses()
        .that()
        .resideInAPackage("io.leansuccess.*")
        .and()
        .resideOutsideOfPackages(ADAPTER_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.leansuccess.*.process..",
            "io.leansuccess.*.rest..",
            "io.leansuccess.api..",
            "io.leansuccess.engine..",
            "io.leansuccess.pages..",
            "io.leansuccess.demo..",
            "io.leansuccess.operations..")
        .because("a delegate or a resource calls the domain, never the other way round")
        .check(CLASSES);
  }

  @Test
  void onlyTheRulesRuntimeShouldUseDrools() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.leansuccess.rules.drools..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.drools..", "org.kie..")
        .because("features evaluate decisions through io.leansuccess.decision.DecisionService")
        .check(CLASSES);
  }

  @Test
  void bottomLayerShouldDependOnNoOtherPackageOfOurs() {
    noClasses()
        .that()
        .resideInAnyPackage(BOTTOM_PACKAGES)
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.leansuccess..").and(not(resideInAnyPackage(BOTTOM_PACKAGES))))
        .check(CLASSES);
  }

  @Test
  void featuresShouldNotDependOnWhatTheProductIsAssembledFrom() {
    noClasses()
        .that()
        .resideOutsideOfPackages(TOP_PACKAGES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(TOP_PACKAGES)
        .check(CLASSES);
  }

  @Test
  void apiPlumbingShouldKnowNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("io.leansuccess.api..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.leansuccess..")
                .and(
                    not(
                        resideInAnyPackage(
                            "io.leansuccess", "io.leansuccess.api..", "io.leansuccess.shared.."))))
        .because(
            "feature resources use the API's plumbing (pages, problems, roles), not the other way round")
        .check(CLASSES);
  }
}
