package org.ecoportal.application;

import java.util.UUID;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;

/** What screens show of an organisation; never a managed entity. */
public record OrganisationView(
    UUID id, String name, String identifier, OrganisationKind kind, String country, long members) {

  public static OrganisationView of(Organisation organisation, long members) {
    return new OrganisationView(
        organisation.id(),
        organisation.name(),
        organisation.identifier(),
        organisation.kind(),
        organisation.country(),
        members);
  }
}
