package org.ecoportal.application;

import java.io.Serializable;

/** A registered signatory of the exporter. */
public record SignatoryView(String username, String fullName, String position) implements Serializable {}
