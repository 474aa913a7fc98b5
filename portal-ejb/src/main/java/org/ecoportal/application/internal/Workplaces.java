package org.ecoportal.application.internal;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.logging.Logger;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.infrastructure.security.Callers;

/**
 * The organisation a caller works for, checked to be of the kind the use case needs: an exporter
 * must act for a trading company, an officer for a chamber. Anything else is refused.
 */
@ApplicationScoped
public class Workplaces {

  private static final Logger LOG = Logger.getLogger(Workplaces.class.getName());

  @Inject private OrganisationRepository organisations;

  /** The caller and the organisation of the required kind it acts for. */
  public record Workplace(Caller caller, Organisation organisation) {}

  public Workplace of(Principal principal, OrganisationKind required) {
    Caller caller = Callers.of(principal);
    Organisation organisation =
        organisations
            .organisationOf(caller)
            .filter(o -> o.kind() == required)
            .orElseThrow(
                () -> {
                  LOG.warning(() -> "Refused " + caller + ": acts for no organisation of kind " + required);
                  return new EJBAccessException("You act for no organisation of kind " + required);
                });
    return new Workplace(caller, organisation);
  }
}
