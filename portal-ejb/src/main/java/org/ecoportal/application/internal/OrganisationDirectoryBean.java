package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.organisation.Membership;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import java.util.Map;
import java.util.UUID;
import org.ecoportal.application.OrganisationDirectory;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.security.Callers;

@Stateless
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class OrganisationDirectoryBean implements OrganisationDirectory {

  private static final Logger LOG = Logger.getLogger(OrganisationDirectoryBean.class.getName());

  @Resource private SessionContext context;
  @Inject private OrganisationRepository organisations;

  @Override
  public OrganisationView organisation(UUID id) {
    Tenant tenant = tenant();
    return OrganisationView.of(find(tenant, id), organisations.memberCounts(tenant).getOrDefault(id, 0L));
  }

  @Override
  public OrganisationView register(OrganisationKind kind, String name, String identifier) {
    Tenant tenant = tenant();
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("kind", "application.error.required"));
    }
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem("name", "application.error.required"));
    } else if (name.trim().length() > 200) {
      problems.add(new FieldProblem("name", "application.error.tooLong", "200"));
    }
    String id = identifier == null ? "" : identifier.trim().toUpperCase(Locale.ROOT);
    if (id.isEmpty()) {
      problems.add(new FieldProblem("identifier", "application.error.required"));
    } else if (!id.matches("[A-Z0-9][A-Z0-9-]{1,63}")) {
      problems.add(new FieldProblem("identifier", "organisation.error.identifierFormat"));
    } else if (organisations.identifierTaken(tenant, id)) {
      problems.add(new FieldProblem("identifier", "organisation.error.identifierTaken", id));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Organisation organisation = new Organisation(tenant, kind, name.trim(), id, tenant.country());
    organisations.add(organisation);
    LOG.info(() -> admin() + " registered organisation " + id + " in tenant " + tenant.code());
    return OrganisationView.of(organisation, 0);
  }

  @Override
  public List<String> members(UUID organisationId) {
    Tenant tenant = tenant();
    find(tenant, organisationId);
    return organisations.membersOf(tenant, organisationId).stream().map(Membership::username).toList();
  }

  @Override
  public void enrol(UUID organisationId, String username) {
    Tenant tenant = tenant();
    Organisation organisation = find(tenant, organisationId);
    String name = username == null ? "" : username.trim();
    if (!name.matches("[A-Za-z0-9._@-]{2,255}")) {
      throw new InvalidInputException(List.of(new FieldProblem("username", "organisation.error.username")));
    }
    Caller member = new Caller(tenant, name);
    organisations.membership(member).ifPresent(existing -> {
      throw new InvalidInputException(
          List.of(new FieldProblem("username", "organisation.error.alreadyMember", existing.organisation().name())));
    });
    organisations.add(new Membership(member, organisation));
    LOG.info(() -> admin() + " enrolled " + name + " in " + organisation.identifier());
  }

  @Override
  public void withdraw(UUID organisationId, String username) {
    Tenant tenant = tenant();
    find(tenant, organisationId);
    Membership membership =
        organisations.membership(new Caller(tenant, username))
            .filter(m -> m.organisation().id().equals(organisationId))
            .orElseThrow(() -> new NotFoundException("Member " + username));
    organisations.remove(membership);
    LOG.info(() -> admin() + " withdrew " + username + " from " + organisationId);
  }

  private Tenant tenant() {
    return Callers.of(context.getCallerPrincipal()).tenant();
  }

  private String admin() {
    return Callers.of(context.getCallerPrincipal()).username();
  }

  private Organisation find(Tenant tenant, UUID id) {
    return organisations.find(tenant, id).orElseThrow(() -> new NotFoundException("Organisation " + id));
  }

  @Override
  public List<OrganisationView> organisations() {
    Tenant tenant = Callers.of(context.getCallerPrincipal()).tenant();
    Map<UUID, Long> members = organisations.memberCounts(tenant);
    return organisations.allOf(tenant).stream()
        .map(o -> OrganisationView.of(o, members.getOrDefault(o.id(), 0L)))
        .toList();
  }
}
