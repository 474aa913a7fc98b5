package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.PartnerDirectory;
import org.ecoportal.application.PartnerView;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerData;
import org.ecoportal.domain.model.exchange.PartnerRules;
import org.ecoportal.domain.model.exchange.TrustedIssuer;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.infrastructure.reference.ReferenceLookups;
import org.ecoportal.infrastructure.security.Callers;

@Stateless
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class PartnerDirectoryBean implements PartnerDirectory {

  private static final Logger LOG = Logger.getLogger(PartnerDirectoryBean.class.getName());

  @Resource private SessionContext context;
  @Inject private ExchangeRepository exchange;
  @Inject private ReferenceLookups reference;

  @Override
  public List<PartnerView> partners() {
    return exchange.partners(admin().tenant()).stream().map(PartnerView::of).toList();
  }

  @Override
  public PartnerView partner(UUID id) {
    return PartnerView.of(find(admin(), id));
  }

  @Override
  public PartnerView add(PartnerData data) {
    Caller admin = admin();
    PartnerRules.Checked checked = check(admin, data);
    List<FieldProblem> problems = new ArrayList<>(checked.problems());
    String country = PartnerRules.normalCountry(data.country());
    if (problems.stream().noneMatch(p -> p.field().equals("country")) && exchange.partnerFor(admin.tenant(), country).isPresent()) {
      problems.add(new FieldProblem("country", "exchange.error.countryTaken", country));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Partner partner = new Partner(admin.tenant(), country, data.name().strip(), data.endpointUrl().strip(), data.partyId().strip(), data.documents());
    partner.restate(partner.name(), partner.endpointUrl(), partner.partyId(), data.documents(), data.active());
    checked.certificate().ifPresent(partner::trust);
    exchange.add(partner);
    LOG.info(() -> admin.username() + " added partner economy " + country + " to tenant " + admin.tenant().code()
        + (checked.certificate().isPresent() ? ", trusting " + checked.certificate().get().subject() : ", not yet trusted"));
    return PartnerView.of(partner);
  }

  @Override
  public PartnerView update(UUID id, long version, PartnerData data) {
    Caller admin = admin();
    Partner partner = find(admin, id);
    partner.requireVersion(version);
    // the economy is what the partner is; it is not changed by restating it
    PartnerData same =
        new PartnerData(partner.country(), data.name(), data.endpointUrl(), data.partyId(), data.certificate(), data.documents(), data.active());
    PartnerRules.Checked checked = check(admin, same);
    if (!checked.problems().isEmpty()) {
      throw new InvalidInputException(checked.problems());
    }
    partner.restate(data.name().strip(), data.endpointUrl().strip(), data.partyId().strip(), data.documents(), data.active());
    checked.certificate().ifPresent(partner::trust);
    exchange.flush();
    LOG.info(() -> admin.username() + " restated partner economy " + partner.country() + " of tenant " + admin.tenant().code()
        + (checked.certificate().isPresent() ? ", now trusting " + checked.certificate().get().subject() : ""));
    return PartnerView.of(partner);
  }

  @Override
  public PartnerView trustIssuer(UUID partnerId, byte[] certificate) {
    Caller admin = admin();
    Partner partner = find(admin, partnerId);
    PartnerRules.Checked checked = PartnerRules.checkIssuer("issuerFile", certificate, partner, Instant.now());
    if (!checked.problems().isEmpty()) {
      throw new InvalidInputException(checked.problems());
    }
    TrustedIssuer issuer = partner.trustIssuer(checked.certificate().orElseThrow(), admin.username(), Instant.now());
    exchange.flush();
    LOG.info(() -> admin.username() + " trusts " + issuer.subject() + " (SHA-256 " + issuer.fingerprint() + ") to sign certificates of partner "
        + partner.country() + " of tenant " + admin.tenant().code());
    return PartnerView.of(partner);
  }

  @Override
  public PartnerView distrustIssuer(UUID partnerId, UUID issuerId) {
    Caller admin = admin();
    Partner partner = find(admin, partnerId);
    if (!partner.distrustIssuer(issuerId)) {
      throw new NotFoundException("Trusted issuer " + issuerId + " of partner " + partnerId);
    }
    exchange.flush();
    LOG.info(() -> admin.username() + " no longer trusts issuer " + issuerId + " for partner " + partner.country() + " of tenant "
        + admin.tenant().code());
    return PartnerView.of(partner);
  }

  private PartnerRules.Checked check(Caller admin, PartnerData data) {
    return PartnerRules.check(data, reference::isCountry, admin.tenant().country(), Instant.now());
  }

  private Partner find(Caller admin, UUID id) {
    return exchange.partner(admin.tenant(), id).orElseThrow(() -> new NotFoundException("Partner " + id));
  }

  private Caller admin() {
    return Callers.of(context.getCallerPrincipal());
  }
}
