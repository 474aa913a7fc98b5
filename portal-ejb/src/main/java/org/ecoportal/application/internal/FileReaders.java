package org.ecoportal.application.internal;

import jakarta.ejb.SessionContext;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;

/**
 * Who may read the files of an application or certificate: an exporter of the trading company it
 * belongs to, or an officer of the chamber it was sent to.
 */
final class FileReaders {

  private FileReaders() {}

  static boolean isItsExporter(SessionContext context, Organisation organisation, UUID exporterId) {
    return organisation.kind() == OrganisationKind.TRADER
        && context.isCallerInRole(Role.Names.EXPORTER)
        && organisation.id().equals(exporterId);
  }

  static boolean isItsChamber(SessionContext context, Organisation organisation, UUID chamberId) {
    return organisation.kind() == OrganisationKind.CHAMBER
        && context.isCallerInRole(Role.Names.CHAMBER_OFFICER)
        && organisation.id().equals(chamberId);
  }
}
