package org.sitrep.cli;

import java.io.PrintStream;

/**
 * A one-line progress display on standard error: redrawn in place on a terminal, a line every
 * thousand articles otherwise (so logs stay readable).
 */
final class ProgressLine {

    private final PrintStream err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int last;

    ProgressLine(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void update(int done, String articleId) {
        last = done;
        if (quiet) {
            return;
        }
        if (terminal) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("\r[%s] %d articles, %.0f/s  %-40.40s", bar(done), done,
                    seconds > 0 ? done / seconds : 0, articleId);
        } else if (done % 1000 == 0) {
            err.printf("... %d articles%n", done);
        }
    }

    void done() {
        if (!quiet && terminal && last > 0) {
            err.println();
        }
    }

    private static String bar(int done) {
        int pos = done % 20;
        return "=".repeat(pos) + ">" + " ".repeat(19 - pos);
    }
}
