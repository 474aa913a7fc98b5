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
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Tells the importer's users by e-mail that a certificate of origin arrived for their organisation:
 * number, exporter, exporting economy and the link to the case in their inbox. Runs after the
 * delivery (or the administrator's assignment) committed; each member gets it in the language it
 * last read the portal in, else the tenant's. Members the portal has no address for are left out.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PortalWorkflow"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "type = '" + WorkflowEvents.IMPORT_CASE_OPENED + "'")
    })
public class ImportCaseMailer extends MemberNotices {

  private static final Logger LOG = Logger.getLogger(ImportCaseMailer.class.getName());
  private static final String TEXTS = "org.ecoportal.infrastructure.mail.ImportCaseMail";

  public ImportCaseMailer() {
    super("caseId", "an arrived certificate");
  }

  @Override
  protected void notice(UUID id) throws MessagingException {
    ImportCase opened = em.find(ImportCase.class, id);
    if (opened == null || opened.importerId() == null) {
      LOG.warning(() -> "Import case " + id + " to notify about is gone or has no importer");
      return;
    }
    ReceivedCertificate received = em.find(ReceivedCertificate.class, opened.receivedId());
    Partner partner = em.find(Partner.class, opened.partnerId());
    List<Membership> recipients =
        em.createQuery(
                "select m from Membership m join m.organisation o where o.id = :importer and m.email is not null order by m.username",
                Membership.class)
            .setParameter("importer", opened.importerId())
            .getResultList();
    for (Membership member : recipients) {
      send(member, opened, received, partner);
    }
    LOG.info(() -> "Certificate " + opened.certificateNumber() + " arrived for importer " + opened.importerId() + "; "
        + recipients.size() + " member(s) notified");
  }

  private void send(Membership member, ImportCase opened, ReceivedCertificate received, Partner partner) throws MessagingException {
    MemberMail notice = new MemberMail(TEXTS, member, opened.tenant());
    String link = MemberMail.link(opened.tenant(), "importer/certificate.xhtml?id=" + opened.id());
    notice.send(mail, notice.text("subject", opened.certificateNumber(), partner.name()),
        notice.text("body", opened.certificateNumber(), received.exporterName(), partner.name(), partner.country(),
                member.organisation().name())
            + "\n\n" + notice.text("link", link) + "\n");
  }
}
