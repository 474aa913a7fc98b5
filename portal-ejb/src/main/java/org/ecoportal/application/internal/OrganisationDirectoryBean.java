package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
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

  @Resource private SessionContext context;
  @Inject private OrganisationRepository organisations;

  @Override
  public List<OrganisationView> organisations() {
    Tenant tenant = Callers.of(context.getCallerPrincipal()).tenant();
    Map<UUID, Long> members = organisations.memberCounts(tenant);
    return organisations.allOf(tenant).stream()
        .map(o -> OrganisationView.of(o, members.getOrDefault(o.id(), 0L)))
        .toList();
  }
}
