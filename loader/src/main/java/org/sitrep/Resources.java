package org.sitrep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The project's first-class files (ontology, shapes, queries, Fuseki configuration) as shipped
 * inside the jar under {@code sitrep/}; the build copies them from the top-level folders, which
 * stay their single source.
 */
public final class Resources {

    private Resources() {
    }

    public static String text(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream("sitrep/" + path);
        if (in == null) {
            throw new IllegalStateException("missing resource sitrep/" + path + " (broken build?)");
        }
        return in;
    }
}
