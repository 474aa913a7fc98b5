package org.ecoportal.application;

import java.io.Serializable;
import java.util.List;

/** One page of the queue and how many rows match in all. */
public record QueuePage(List<ApplicationSummary> rows, long total) implements Serializable {}
