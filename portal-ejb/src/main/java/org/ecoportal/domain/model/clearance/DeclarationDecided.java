package org.ecoportal.domain.model.clearance;

import java.util.UUID;

/**
 * Fired (as a CDI event, inside the deciding transaction) when a customs officer cleared an import
 * declaration or refused its preference, so that the issuing economy can be told what became of
 * its certificate.
 */
public record DeclarationDecided(UUID declarationId, String tenant, String certificateNumber, ImportDeclarationStatus status) {}
