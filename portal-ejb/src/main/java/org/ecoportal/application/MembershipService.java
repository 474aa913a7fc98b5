package org.ecoportal.application;

import java.util.Optional;

/** The signed-in user's place in the tenant. */
public interface MembershipService {

  /** The organisation the caller acts for; empty when the caller has not been enrolled in one yet. */
  Optional<OrganisationView> myOrganisation();
}
