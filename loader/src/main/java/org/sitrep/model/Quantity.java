package org.sitrep.model;

/**
 * A counted amount as the text gives it, normalized.
 *
 * @param value     the integer, or null when the text gives only a vague amount
 * @param upper     the upper bound of a range ("entre 3 000 et 5 000"), else null
 * @param qualifier how the text qualifies it
 * @param span      where the amount is written
 */
public record Quantity(Long value, Long upper, Qualifier qualifier, Span span) {

    public enum Qualifier { EXACT, APPROXIMATE, AT_LEAST, AT_MOST, RANGE, VAGUE }
}
