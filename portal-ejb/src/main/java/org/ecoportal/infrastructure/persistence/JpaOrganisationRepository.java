package org.ecoportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.organisation.Membership;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.domain.model.organisation.Signatory;
import org.ecoportal.domain.model.tenant.Tenant;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<Organisation> organisationOf(Caller caller) {
    return em.createQuery(
            "select m.organisation from Membership m"
                + " where m.tenant = :tenant and m.username = :username and m.organisation.tenant = :tenant",
            Organisation.class)
        .setParameter("tenant", caller.tenant().code())
        .setParameter("username", caller.username())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Organisation> find(Tenant tenant, UUID id) {
    return em.createQuery("select o from Organisation o where o.id = :id and o.tenant = :tenant", Organisation.class)
        .setParameter("id", id)
        .setParameter("tenant", tenant.code())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> ofKind(Tenant tenant, OrganisationKind kind) {
    return em.createQuery(
            "select o from Organisation o where o.tenant = :tenant and o.kind = :kind order by o.name", Organisation.class)
        .setParameter("tenant", tenant.code())
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  @Override
  public List<Signatory> signatories(Organisation organisation) {
    return em.createQuery(
            "select s from Signatory s where s.tenant = :tenant and s.organisationId = :organisation order by s.fullName", Signatory.class)
        .setParameter("tenant", organisation.tenant().code())
        .setParameter("organisation", organisation.id())
        .getResultList();
  }

  @Override
  public boolean isSignatory(Organisation organisation, String username) {
    return signatories(organisation).stream().anyMatch(s -> s.username().equals(username));
  }

  @Override
  public void add(Signatory signatory) {
    em.persist(signatory);
  }

  @Override
  public void removeSignatory(Organisation organisation, String username) {
    em.createQuery("delete from Signatory s where s.tenant = :tenant and s.organisationId = :organisation and s.username = :username")
        .setParameter("tenant", organisation.tenant().code())
        .setParameter("organisation", organisation.id())
        .setParameter("username", username)
        .executeUpdate();
  }

  @Override
  public boolean identifierTaken(Tenant tenant, String identifier) {
    return !em.createQuery("select o.id from Organisation o where o.tenant = :tenant and o.identifier = :identifier", UUID.class)
        .setParameter("tenant", tenant.code())
        .setParameter("identifier", identifier)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Membership> membersOf(Tenant tenant, UUID organisationId) {
    return em.createQuery(
            "select m from Membership m where m.tenant = :tenant and m.organisation.id = :organisation order by m.username", Membership.class)
        .setParameter("tenant", tenant.code())
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public Optional<Membership> membership(Caller member) {
    return em.createQuery("select m from Membership m where m.tenant = :tenant and m.username = :username", Membership.class)
        .setParameter("tenant", member.tenant().code())
        .setParameter("username", member.username())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Membership membership) {
    em.persist(membership);
  }

  @Override
  public void remove(Membership membership) {
    em.remove(membership);
  }

  @Override
  public List<Organisation> allOf(Tenant tenant) {
    return em.createQuery(
            "select o from Organisation o where o.tenant = :tenant order by o.name", Organisation.class)
        .setParameter("tenant", tenant.code())
        .getResultList();
  }

  @Override
  public Map<UUID, Long> memberCounts(Tenant tenant) {
    return em.createQuery(
            "select m.organisation.id, count(m) from Membership m where m.tenant = :tenant"
                + " group by m.organisation.id",
            Object[].class)
        .setParameter("tenant", tenant.code())
        .getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
  }
}
