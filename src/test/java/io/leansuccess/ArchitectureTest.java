package io.leansuccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain knows nothing of the engine, the rules runtime or the web layer; adapters (names
 * ending in Resource, Repository, Delegate, Listener, Rules, Configuration, Adapter) are where those meet.
 */
class ArchitectureTest {

  private static final String[] FEATURES = {
    "io.leansuccess.account..", "io.leansuccess.usecase..", "io.leansuccess.cycle..",
    "io.leansuccess.maturity..", "io.leansuccess.health..", "io.leansuccess.successplan..",
    "io.leansuccess.signal..", "io.leansuccess.champion..", "io.leansuccess.contract..", "io.leansuccess.onboarding..",
    "io.leansuccess.retention.."
  };

  private final JavaClasses classes =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.leansuccess");

  @Test
  void domainTypesShouldNotDependOnCamundaDroolsOrJersey() {
    noClasses()
        .that().resideInAnyPackage(FEATURES)
        .and().haveSimpleNameNotEndingWith("Resource")
        .and().haveSimpleNameNotEndingWith("Repository")
        .and().haveSimpleNameNotEndingWith("Delegate")
        .and().haveSimpleNameNotEndingWith("Listener")
        .and().haveSimpleNameNotEndingWith("Rules")
        .and().haveSimpleNameNotEndingWith("Configuration")
        .and().haveSimpleNameNotEndingWith("Adapter")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.camunda..", "org.drools..", "org.kie..", "jakarta.ws.rs..", "org.glassfish..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void featuresShouldNotDependOnDroolsDirectly() {
    noClasses()
        .that().resideInAnyPackage(FEATURES)
        .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
        .because("decisions are evaluated through io.leansuccess.decision.DecisionService")
        .allowEmptyShould(true)
        .check(classes);
  }
}
