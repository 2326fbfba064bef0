package com.strata.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where export files live: {@code strata/exports} under the server's data directory (the system temp directory
 * outside WildFly). A file is written as {@code <job>.<ext>.part} and renamed when complete, so a download never
 * reads half a file.
 */
final class ExportFiles {

    private ExportFiles() {}

    static Path directory() {
        String base = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        Path dir = Path.of(base, "strata", "exports");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the export directory " + dir, e);
        }
    }

    static String fileName(long job, ExportFormat format) {
        return "audience-export-" + job + "." + format.extension();
    }
}
