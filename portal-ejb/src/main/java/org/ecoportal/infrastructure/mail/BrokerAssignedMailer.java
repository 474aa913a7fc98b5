package org.ecoportal.infrastructure.mail;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.Membership;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Tells a brokerage's users by e-mail that an importer named them as the customs broker of a
 * certificate: number, importer, exporter and exporting economy, and the link to the case on the
 * broker's screen. Runs after the assignment committed; each member gets it in the language it last
 * read the portal in, else the tenant's. Members the portal has no address for are left out.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PortalWorkflow"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "type = '" + WorkflowEvents.BROKER_ASSIGNED + "'")
    })
public class BrokerAssignedMailer extends MemberNotices {

  private static final Logger LOG = Logger.getLogger(BrokerAssignedMailer.class.getName());
  private static final String TEXTS = "org.ecoportal.infrastructure.mail.BrokerAssignedMail";

  public BrokerAssignedMailer() {
    super("caseId", "a broker assignment");
  }

  @Override
  protected void notice(UUID id) throws MessagingException {
    ImportCase assigned = em.find(ImportCase.class, id);
    if (assigned == null || assigned.brokerId() == null) {
      LOG.warning(() -> "Import case " + id + " to tell its broker about is gone or has no broker");
      return;
    }
    ReceivedCertificate received = em.find(ReceivedCertificate.class, assigned.receivedId());
    Partner partner = em.find(Partner.class, assigned.partnerId());
    Organisation importer = em.find(Organisation.class, assigned.importerId());
    List<Membership> recipients =
        em.createQuery(
                "select m from Membership m join m.organisation o where o.id = :broker and m.email is not null order by m.username",
                Membership.class)
            .setParameter("broker", assigned.brokerId())
            .getResultList();
    for (Membership member : recipients) {
      MemberMail notice = new MemberMail(TEXTS, member, assigned.tenant());
      String link = MemberMail.link(assigned.tenant(), "broker/certificate.xhtml?id=" + assigned.id());
      notice.send(mail, notice.text("subject", assigned.certificateNumber(), importer.name()),
          notice.text("body", assigned.certificateNumber(), importer.name(), received.exporterName(), partner.name(), partner.country(),
                  member.organisation().name())
              + "\n\n" + notice.text("link", link) + "\n");
    }
    LOG.info(() -> "Certificate " + assigned.certificateNumber() + " assigned to broker " + assigned.brokerId() + "; "
        + recipients.size() + " member(s) notified");
  }
}
