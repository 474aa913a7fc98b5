package org.ecoportal.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.signing.ChamberSigningKeys;
import org.ecoportal.infrastructure.signing.SigningException;

/**
 * With demo data on, makes the demo lanes Korea ↔ Taiwan and New Zealand ↔ China partners of each
 * other on first start, at this deployment's own AS4 endpoint. As every demo single window is
 * served here, each lane trusts the other tenant's AS4 certificate (made on first use) where no
 * certificate is trusted yet, and the signing certificates of the other tenant's chambers (made on
 * first use, as issuing would) where no certificate issuer is trusted yet. Lanes already there are
 * otherwise left as the administrators made them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoPartners {

  private static final Logger LOG = Logger.getLogger(DemoPartners.class.getName());

  /** Each tenant with the economy it exchanges with, and the partner's name as it is shown. */
  private record Lane(Tenant tenant, Tenant partner, String name) {}

  private static final List<Lane> LANES =
      List.of(
          new Lane(Tenant.KR, Tenant.TW, "Taiwan single window"),
          new Lane(Tenant.TW, Tenant.KR, "Korea single window"),
          new Lane(Tenant.NZ, Tenant.CN, "China single window"),
          new Lane(Tenant.CN, Tenant.NZ, "New Zealand single window"));

  @Inject private ExchangeRepository exchange;
  @Inject private ChamberSigningKeys keys;
  @Inject private OrganisationRepository organisations;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void addLanes() {
    if (!DatabaseMigration.demoDataWanted()) {
      return;
    }
    String endpoint = endpoint();
    for (Lane lane : LANES) {
      Partner partner =
          new Partner(lane.tenant(), lane.partner().country(), lane.name(), endpoint, partyId(lane.partner()), EnumSet.allOf(ExchangeKind.class));
      if (exchange.addIfAbsent(partner)) {
        LOG.info(() -> "Demo lane " + lane.tenant().code() + " → " + lane.partner().code() + " added at " + endpoint);
      }
      exchange
          .partnerFor(lane.tenant(), lane.partner().country())
          .filter(p -> p.signingCertificate().isEmpty())
          .ifPresent(p -> trustExchangeKey(p, lane.partner()));
      exchange
          .partnerFor(lane.tenant(), lane.partner().country())
          .filter(p -> p.issuers().isEmpty())
          .ifPresent(p -> trustChambers(p, lane.partner()));
    }
  }

  private void trustChambers(Partner partner, Tenant of) {
    for (Organisation chamber : organisations.ofKind(of, OrganisationKind.CHAMBER)) {
      try {
        PartnerCertificate certificate = PartnerCertificate.of(keys.of(chamber.identifier(), chamber.name(), chamber.country()).certificate());
        if (!partner.trustsIssuer(certificate)) {
          partner.trustIssuer(certificate, "demo-data", Instant.now());
          LOG.info(() -> "Demo lane " + partner.tenant().code() + " → " + of.code() + " trusts chamber " + chamber.identifier());
        }
      } catch (SigningException noKey) {
        LOG.warning(() -> "Demo lane " + partner.tenant().code() + " → " + of.code() + " cannot trust chamber " + chamber.identifier()
            + ": " + noKey.getMessage());
      }
    }
  }

  private void trustExchangeKey(Partner partner, Tenant of) {
    partner.trust(PartnerCertificate.of(keys.exchangeKey(of).certificate()));
    LOG.info(() -> "Demo lane " + partner.tenant().code() + " → " + of.code() + " trusts " + of.code() + "'s AS4 certificate");
  }

  /** This deployment's AS4 endpoint: every demo tenant is served here. */
  static String endpoint() {
    return System.getProperty("portal.url", "http://localhost:8080").replaceAll("/+$", "") + "/as4";
  }

  static String partyId(Tenant tenant) {
    return "eco-" + tenant.code().toLowerCase(Locale.ROOT);
  }
}
