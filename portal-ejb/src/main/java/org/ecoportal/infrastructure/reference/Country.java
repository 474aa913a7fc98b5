package org.ecoportal.infrastructure.reference;

/** An ISO 3166-1 alpha-2 country with its name in the language it was asked for. */
public record Country(String code, String name) {}
