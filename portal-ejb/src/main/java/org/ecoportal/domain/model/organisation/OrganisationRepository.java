package org.ecoportal.domain.model.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.tenant.Tenant;

/** Organisations and their members; every query is confined to one tenant. */
public interface OrganisationRepository {

  /** The organisation the user acts for, if the user has been enrolled in one. */
  Optional<Organisation> organisationOf(Caller caller);

  /** The organisation with this id, if it belongs to the tenant. */
  Optional<Organisation> find(Tenant tenant, UUID id);

  /** The tenant's organisations of one kind, by name. */
  List<Organisation> ofKind(Tenant tenant, OrganisationKind kind);

  void add(Organisation organisation);

  List<Signatory> signatories(Organisation organisation);

  boolean isSignatory(Organisation organisation, String username);

  void add(Signatory signatory);

  void removeSignatory(Organisation organisation, String username);

  boolean identifierTaken(Tenant tenant, String identifier);

  List<Membership> membersOf(Tenant tenant, UUID organisationId);

  Optional<Membership> membership(Caller member);

  void add(Membership membership);

  void remove(Membership membership);

  /** All organisations of the tenant, by name. */
  List<Organisation> allOf(Tenant tenant);

  /** How many users act for each organisation of the tenant, keyed by organisation id. */
  Map<UUID, Long> memberCounts(Tenant tenant);
}
