package org.ecoportal.application;

import java.util.Optional;

/** The signed-in user's place in the tenant. */
public interface MembershipService {

  /** The organisation the caller acts for; empty when the caller has not been enrolled in one yet. */
  Optional<OrganisationView> myOrganisation();

  /**
   * Remembers how the portal reaches the caller: the e-mail address of its sign-in and the language
   * it reads the portal in ({@code languageTag}, BCP 47), for notices sent when it is not signed in.
   * Nothing happens for a caller not enrolled in an organisation.
   */
  void rememberContact(String languageTag);
}
