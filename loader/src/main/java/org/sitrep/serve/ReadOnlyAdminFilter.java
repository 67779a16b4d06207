package org.sitrep.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps Fuseki's admin area read-only: the web UI reads server and dataset descriptions and
 * validates queries, but no request may create, delete, back up or compact a dataset.
 */
final class ReadOnlyAdminFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String method = http.getMethod();
        String path = http.getRequestURI();
        boolean reading = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        boolean validating = path.contains("/$/validate/");
        if (reading || validating) {
            chain.doFilter(req, resp);
        } else {
            ((HttpServletResponse) resp).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "sitrep serves a read-only endpoint");
        }
    }
}
