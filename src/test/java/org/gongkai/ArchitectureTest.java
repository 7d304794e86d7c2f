package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package table of README.md ("Architecture"), enforced: each stage may use only the stages before it,
 * and no package cycles.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("problem").definedBy("org.gongkai.problem..")
                .layer("model").definedBy("org.gongkai.model..")
                .layer("load").definedBy("org.gongkai.load..")
                .layer("markdown").definedBy("org.gongkai.markdown..")
                .layer("lint").definedBy("org.gongkai.lint..")
                .layer("render").definedBy("org.gongkai.render..")
                .layer("search").definedBy("org.gongkai.search..")
                .layer("publish").definedBy("org.gongkai.publish..")
                .layer("scaffold").definedBy("org.gongkai.scaffold..")
                .layer("build").definedBy("org.gongkai.build..")
                .layer("check").definedBy("org.gongkai.check..")
                .layer("serve").definedBy("org.gongkai.serve..")
                .layer("cli").definedBy("org.gongkai.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("build").mayOnlyBeAccessedByLayers("check", "serve", "cli")
                .whereLayer("scaffold").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("build", "check", "serve", "cli")
                .whereLayer("search").mayOnlyBeAccessedByLayers("build", "check", "serve", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("search", "publish", "build", "check", "serve", "cli")
                .whereLayer("lint").mayOnlyBeAccessedByLayers("render", "publish", "build", "check", "serve", "cli")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("lint", "render", "build", "check", "cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("scaffold", "build", "check", "serve", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("load", "markdown", "lint", "render", "search", "publish", "scaffold",
                        "build", "check", "serve", "cli")
                .check(CLASSES);
    }

    /** render.data (the data pages) builds on render; the core renderer only knows their paths (render.DataPaths). */
    @Test
    void coreRendererDoesNotDependOnTheDataPages() {
        noClasses().that().resideInAPackage("org.gongkai.render")
                .or().resideInAPackage("org.gongkai.render.view")
                .should().dependOnClassesThat().resideInAPackage("org.gongkai.render.data..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.gongkai.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
