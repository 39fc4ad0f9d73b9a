package io.coshoring.deploy;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What may depend on what, checked on the classes the deployment runs (tests aside):
 * bot-core/ARCHITECTURE.md says why. A rule broken here fails the build.
 */
class ArchitectureTest {

  private static final String CORE = "io.coshoring.core..";
  private static final String[] ADAPTERS = {
    "io.coshoring.slack..", "io.coshoring.discord..", "io.coshoring.console..", "io.coshoring.web.."
  };

  /**
   * What adapters may use of the core: its inbound API, the adapter contract, neutral text, and the
   * bot's texts in each language.
   */
  private static final String[] ADAPTER_FACING = {
    "io.coshoring.core.api..",
    "io.coshoring.core.adapter..",
    "io.coshoring.core.text..",
    "io.coshoring.core.language.."
  };

  /** The calls that run SQL through JDBI. */
  private static final Set<String> SQL =
      Set.of(
          "createQuery",
          "createUpdate",
          "createCall",
          "createScript",
          "prepareBatch",
          "select",
          "execute");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(
                location ->
                    !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("io.coshoring");
  }

  @Test
  void theCoresPackagesFormNoCycle() {
    slices().matching("io.coshoring.core.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void adaptersUseOnlyTheCoresApiAndContract() {
    classes()
        .that()
        .resideInAnyPackage(ADAPTERS)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(CORE).or(resideInAnyPackage(ADAPTER_FACING)))
        .check(classes);
  }

  @Test
  void theApiAndContractDependOnNoFeature() {
    classes()
        .that()
        .resideInAnyPackage(ADAPTER_FACING)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage(CORE).or(resideInAnyPackage(ADAPTER_FACING)))
        .check(classes);
  }

  @Test
  void noAdapterUsesAnother() {
    for (String adapter : ADAPTERS) {
      List<String> others = List.of(ADAPTERS).stream().filter(a -> !a.equals(adapter)).toList();
      noClasses()
          .that()
          .resideInAPackage(adapter)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others.toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void sqlRunsOnlyInStores() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Store")
        .and()
        .doNotHaveFullyQualifiedName("io.coshoring.core.storage.Database")
        .should()
        .callMethodWhere(
            describe(
                "runs SQL through JDBI",
                (JavaCall<?> call) ->
                    call.getTargetOwner().getPackageName().startsWith("org.jdbi")
                        && SQL.contains(call.getName())))
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.jdbi.v3.core.Jdbi")
        .check(classes);
  }

  @Test
  void theCoreKnowsNoPlatformWebOrSearchLibrary() {
    noClasses()
        .that()
        .resideInAPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.slack..", "net.dv8tion..", "io.javalin..", "org.apache.lucene..")
        .check(classes);
  }

  @Test
  void theEngineKnowsNothingOfChat() {
    noClasses()
        .that()
        .resideInAPackage("io.coshoring.matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.coshoring.core..",
            "io.coshoring.slack..",
            "io.coshoring.discord..",
            "io.coshoring.console..",
            "io.coshoring.web..")
        .check(classes);
  }
}
