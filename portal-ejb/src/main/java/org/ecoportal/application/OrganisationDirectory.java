package org.ecoportal.application;

import java.util.List;

/** The organisations of the caller's tenant, for the tenant's administrators. */
public interface OrganisationDirectory {

  /** Every organisation of the caller's tenant, by name, with its number of members. */
  List<OrganisationView> organisations();

  /** One organisation of the caller's tenant. */
  OrganisationView organisation(java.util.UUID id);

  /** Registers an organisation in the caller's tenant; its identifier must be new there. */
  OrganisationView register(org.ecoportal.domain.model.organisation.OrganisationKind kind, String name, String identifier);

  /** The user names acting for the organisation, sorted. */
  List<String> members(java.util.UUID organisationId);

  /** Lets a user of the tenant act for the organisation; a user acts for one organisation at a time. */
  void enrol(java.util.UUID organisationId, String username);

  /** The user no longer acts for the organisation. */
  void withdraw(java.util.UUID organisationId, String username);
}
