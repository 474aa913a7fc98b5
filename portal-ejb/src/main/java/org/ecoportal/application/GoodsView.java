package org.ecoportal.application;

import java.io.Serializable;
import java.util.UUID;

/** A goods registration as screens show it. */
public record GoodsView(
    UUID id, String exporterName, String description, String hsCode, String originCriterion, String producerName, String status,
    String decisionReason, long version)
    implements Serializable {}
