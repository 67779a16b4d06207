package org.sitrep;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where tests find the project's files and their own fixtures. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The repository root (set by surefire; the working directory's parent otherwise). */
    public static Path projectRoot() {
        String root = System.getProperty("sitrep.projectRoot");
        return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
