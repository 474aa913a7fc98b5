package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ecoportal.application.MembershipService;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.infrastructure.security.Callers;

@Stateless
@RolesAllowed({
  Role.Names.EXPORTER,
  Role.Names.CHAMBER_OFFICER,
  Role.Names.IMPORTER,
  Role.Names.BROKER,
  Role.Names.CUSTOMS_OFFICER,
  Role.Names.TENANT_ADMIN
})
public class MembershipServiceBean implements MembershipService {

  @Resource private SessionContext context;
  @Inject private OrganisationRepository organisations;

  @Override
  public void rememberContact(String languageTag) {
    organisations
        .membership(Callers.of(context.getCallerPrincipal()))
        .ifPresent(m -> m.reachableAt(Callers.emailOf(context.getCallerPrincipal()).orElse(null), languageTag));
  }

  @Override
  public Optional<OrganisationView> myOrganisation() {
    return organisations
        .organisationOf(Callers.of(context.getCallerPrincipal()))
        .map(o -> OrganisationView.of(o, organisations.memberCounts(o.tenant()).getOrDefault(o.id(), 0L)));
  }
}
