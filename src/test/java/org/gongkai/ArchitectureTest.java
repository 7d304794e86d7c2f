package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;

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
                .layer("work").definedBy("org.gongkai.work..")
                .layer("problem").definedBy("org.gongkai.problem..")
                .layer("model").definedBy("org.gongkai.model..")
                .layer("load").definedBy("org.gongkai.load..")
                .layer("markdown").definedBy("org.gongkai.markdown..")
                .layer("lint").definedBy("org.gongkai.lint..")
                .layer("render").definedBy("org.gongkai.render..")
                .layer("search").definedBy("org.gongkai.search..")
                .layer("publish").definedBy("org.gongkai.publish..")
                .layer("scaffold").definedBy("org.gongkai.scaffold..")
                .layer("importer").definedBy("org.gongkai.importer..")
                .layer("build").definedBy("org.gongkai.build..")
                .layer("check").definedBy("org.gongkai.check..")
                .layer("serve").definedBy("org.gongkai.serve..")
                .layer("cli").definedBy("org.gongkai.cli..")
                .whereLayer("work").mayNotAccessAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("build").mayOnlyBeAccessedByLayers("check", "serve", "cli")
                .whereLayer("importer").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("scaffold").mayOnlyBeAccessedByLayers("importer", "cli")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("build", "check", "serve", "cli")
                .whereLayer("search").mayOnlyBeAccessedByLayers("build", "check", "serve", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("search", "publish", "build", "check", "serve", "cli")
                .whereLayer("lint").mayOnlyBeAccessedByLayers("render", "publish", "importer", "build", "check", "serve", "cli")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("lint", "render", "importer", "build", "check", "cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("scaffold", "importer", "build", "check", "serve", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("load", "markdown", "lint", "render", "search", "publish", "scaffold",
                        "importer", "build", "check", "serve", "cli")
                .check(CLASSES);
    }

    /** The build's parallel work (BuildWork) is a leaf that every stage may use: it knows nothing of any of them. */
    @Test
    void theWorkHelperUsesNoStage() {
        noClasses().that().resideInAPackage("org.gongkai.work..")
                .should().dependOnClassesThat(resideInAnyPackage("org.gongkai..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("org.gongkai.work..")))
                .check(CLASSES);
    }

    /**
     * A third-party library stays inside the package that owns it: Flexmark inside markdown, whose own types
     * (ParsedMarkdown, TextLayout) are what the content rules and the renderer see.
     */
    @Test
    void flexmarkStaysInsideTheMarkdownPackage() {
        noClasses().that().resideOutsideOfPackage("org.gongkai.markdown..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
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

    /**
     * Every package on its own, sub-packages too (load and load.data, lint.rule and lint.text): no cycles. The
     * findings (lint's Finding and Ignored) are the one exception: the public face of lint holds them, and every
     * part of lint makes them, as every stage makes a problem.Problem.
     */
    @Test
    void subPackagesHaveNoCycles() {
        slices().matching("org.gongkai.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAnyPackage("org.gongkai.lint.."), type(Finding.class))
                .ignoreDependency(resideInAnyPackage("org.gongkai.lint.."), type(Ignored.class))
                .check(CLASSES);
    }

    /** load reads the site and hands the tables to load.data; what both need (encodings, dates) is in load.text. */
    @Test
    void theDataLoaderDoesNotDependOnTheSiteLoader() {
        noClasses().that().resideInAnyPackage("org.gongkai.load.data..", "org.gongkai.load.text..")
                .should().dependOnClassesThat().resideInAPackage("org.gongkai.load")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.gongkai.load.text..")
                .should().dependOnClassesThat().resideInAPackage("org.gongkai.load.data..")
                .check(CLASSES);
    }

    /**
     * The content rules by role: lint.rule uses lint.text (scanning) and lint.data (the data cross-check), never the
     * other way; lint.data may scan text; the root (ContentLint, the public face) wires them, and they use of it only
     * the findings they make.
     */
    @Test
    void contentRuleSubPackagesDependInStageOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("lint").definedBy("org.gongkai.lint")
                .layer("lint.rule").definedBy("org.gongkai.lint.rule..")
                .layer("lint.data").definedBy("org.gongkai.lint.data..")
                .layer("lint.text").definedBy("org.gongkai.lint.text..")
                .whereLayer("lint.rule").mayOnlyBeAccessedByLayers("lint")
                .whereLayer("lint.data").mayOnlyBeAccessedByLayers("lint", "lint.rule")
                .whereLayer("lint.text").mayOnlyBeAccessedByLayers("lint", "lint.rule", "lint.data")
                .ignoreDependency(resideInAnyPackage("org.gongkai.lint.."), type(Finding.class))
                .ignoreDependency(resideInAnyPackage("org.gongkai.lint.."), type(Ignored.class))
                .check(CLASSES);
    }

    /** No two classes of the content rules need each other (a class and its nested classes count as one). */
    @Test
    void contentRuleClassesHaveNoCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getName();
                int nested = name.indexOf('$');
                return name.startsWith("org.gongkai.lint.") ? SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested))
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the classes of org.gongkai.lint..";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }
}
