package vn.giaoviec.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rooms of the house (README "Cấu trúc thư mục"): no package depends on itself through others;
 * the domain rooms that hold the province's rules — agencies, deadlines, the calendar, text — know
 * nothing of the engine or the web; controllers are named for what they serve and web code lives
 * in the named places.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {"vn.giaoviec.agency..", "vn.giaoviec.deadline..",
        "vn.giaoviec.calendar..", "vn.giaoviec.text.."};
    private static final String[] ENGINE_AND_WEB = {"org.camunda..", "org.springframework.web..",
        "org.springframework.http..", "jakarta.servlet..", "org.springframework.security.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.giaoviec");
    }

    @Test
    void noPackageCycles() {
        slices().matching("vn.giaoviec.(*)..").should().beFreeOfCycles().check(main);
    }

    /**
     * Inside the lifecycle too: its sub-folders (coordination) use the lifecycle's ids and services,
     * and the lifecycle knows them only by the diagram's bean names, events and form rules.
     */
    @Test
    void noPackageCyclesInsideTheLifecycle() {
        slices().matching("vn.giaoviec.(**)").should().beFreeOfCycles()
                .check(main.that(resideInAPackage("vn.giaoviec.lifecycle..")));
    }

    @Test
    void agenciesDeadlinesCalendarAndTextImportNothingOfTheEngineOrTheWeb() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE_AND_WEB)
                .check(main);
    }

    @Test
    void controllersAreApisOrPages() {
        classes().that().areAnnotatedWith(RestController.class).should().haveSimpleNameEndingWith("Api").check(main);
        classes().that().areAnnotatedWith(Controller.class).should().haveSimpleNameEndingWith("Page").check(main);
    }

    @Test
    void theServletApiOnlyInTheWebSecurityAndControllerClasses() {
        noClasses().that().resideOutsideOfPackages("vn.giaoviec.web..", "vn.giaoviec.security..")
                .and().haveSimpleNameNotEndingWith("Api").and().haveSimpleNameNotEndingWith("Page")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..")
                .check(main);
    }
}
