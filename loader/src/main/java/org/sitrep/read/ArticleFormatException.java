package org.sitrep.read;

/** An input that is readable text but not an article (no body, a JSON line without text). */
final class ArticleFormatException extends RuntimeException {

    ArticleFormatException(String message) {
        super(message);
    }
}
