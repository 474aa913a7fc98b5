package org.ecoportal.infrastructure.reference;

/** A UN/ECE Recommendation 20 unit of measure; the symbol is empty for units of count. */
public record Unit(String code, String name, String symbol) {}
