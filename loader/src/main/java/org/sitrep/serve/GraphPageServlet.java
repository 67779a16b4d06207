package org.sitrep.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Serves the graph page under {@code /graph/}: its own files from the classpath folder
 * {@code sitrep/web/graph/}, and Cytoscape.js from its WebJar as {@code /graph/lib/cytoscape.min.js}.
 * Read-only, known file types only, no directory listing, no path outside those two places.
 */
final class GraphPageServlet extends HttpServlet {

    static final String PATH = "/graph";

    private static final String PAGE_FOLDER = "sitrep/web/graph/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String LIBRARY = "lib/cytoscape.min.js";

    /** File names of one or more segments, none starting with a dot: no "..", no hidden files. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json");

    private final String libraryResource;

    GraphPageServlet() {
        this.libraryResource = "META-INF/resources/webjars/cytoscape/" + webJarVersion() + "/dist/cytoscape.min.js";
    }

    private static String webJarVersion() {
        try (InputStream in = GraphPageServlet.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar is missing from the classpath (broken build?)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // "/graph" itself: the page's relative links need the trailing slash.
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : CONTENT_TYPES.get(name.substring(dot + 1));
        if (type == null || !SAFE_PATH.matcher(name).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = name.equals(LIBRARY) ? libraryResource : PAGE_FOLDER + name;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
