package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * What the two EARs hold, read from the files the build wrote (no server needed): the production EAR has no demo
 * code, so no deployment of it can create users with a known password or fill the database with made-up customers;
 * the demo EAR is the same application plus the demo module.
 */
class EarContentsIT {

    private static final Set<String> APPLICATION = Set.of("core-ejb.jar", "batch.jar", "web-ui.war");
    private static final String DEMO_MODULE = "demo.jar";

    @Test
    void productionEarHoldsTheApplicationAndNoDemoCode() throws IOException {
        Ear production = Ear.read(Path.of(System.getProperty("strata.ear")));

        assertEquals(APPLICATION, production.modules(), "modules of strata.ear");
        assertFalse(production.applicationXml().contains("demo"), production.applicationXml());
        assertTrue(production.classes().contains("com/strata/system/SchemaMigration.class"), "core classes are read");
        List<String> demoClasses = production.classes().stream()
                .filter(name -> name.startsWith("com/strata/demo/") || name.matches(".*/Demo[A-Z].*"))
                .toList();
        assertEquals(List.of(), demoClasses, "demo classes in strata.ear");
    }

    @Test
    void demoEarAddsTheDemoModuleWithItsUsersAndSeeding() throws IOException {
        Ear demo = Ear.read(Path.of(System.getProperty("strata.demo.ear")));

        Set<String> modules = new TreeSet<>(APPLICATION);
        modules.add(DEMO_MODULE);
        assertEquals(modules, demo.modules(), "modules of the demo EAR");
        assertTrue(demo.applicationXml().contains("<ejb>" + DEMO_MODULE + "</ejb>"), demo.applicationXml());
        assertTrue(demo.classes().contains("com/strata/demo/DemoUsers.class"), "demo users");
        assertTrue(demo.classes().contains("com/strata/demo/DemoDataSeeding.class"), "demo base seeding");
    }

    /** An EAR's top-level modules, its application.xml and the classes inside its modules. */
    private record Ear(Set<String> modules, String applicationXml, Set<String> classes) {

        static Ear read(Path file) throws IOException {
            Set<String> modules = new TreeSet<>();
            Set<String> classes = new TreeSet<>();
            String applicationXml = "";
            try (ZipFile ear = new ZipFile(file.toFile())) {
                for (ZipEntry entry : ear.stream().toList()) {
                    String name = entry.getName();
                    if (name.equals("META-INF/application.xml")) {
                        try (InputStream in = ear.getInputStream(entry)) {
                            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    } else if (!name.contains("/") && (name.endsWith(".jar") || name.endsWith(".war"))) {
                        modules.add(name);
                        try (ZipInputStream module = new ZipInputStream(ear.getInputStream(entry))) {
                            for (ZipEntry inner = module.getNextEntry(); inner != null; inner = module.getNextEntry()) {
                                if (inner.getName().endsWith(".class")) {
                                    classes.add(inner.getName().replaceFirst("^WEB-INF/classes/", ""));
                                }
                            }
                        }
                    }
                }
            }
            return new Ear(modules, applicationXml, classes);
        }
    }
}
