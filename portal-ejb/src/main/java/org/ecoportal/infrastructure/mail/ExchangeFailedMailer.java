package org.ecoportal.infrastructure.mail;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.organisation.Membership;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Tells the issuing chamber's officers and the tenant's administrators (the members of its
 * single-window operator) by e-mail that a certificate could not be delivered to a partner economy
 * within the time limit: certificate, partner, attempts, the last error and where to act. Runs once
 * per failure, after the attempt that gave up has committed; each member gets the mail in the
 * language it last read the portal in, else the tenant's. Members the portal has no address for
 * are left out.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PortalWorkflow"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "type = '" + WorkflowEvents.EXCHANGE_FAILED + "'")
    })
public class ExchangeFailedMailer extends MemberNotices {

  private static final Logger LOG = Logger.getLogger(ExchangeFailedMailer.class.getName());
  private static final String TEXTS = "org.ecoportal.infrastructure.mail.ExchangeFailedMail";

  public ExchangeFailedMailer() {
    super("messageId", "a failed delivery");
  }

  @Override
  protected void notice(UUID id) throws MessagingException {
    ExchangeMessage failed = em.find(ExchangeMessage.class, id);
    if (failed == null) {
      LOG.warning(() -> "Exchange message " + id + " to notify about is gone");
      return;
    }
    // a clearance message is about a number only: no chamber of this side to tell, the administrators act
    Certificate certificate = failed.certificateId() == null ? null : em.find(Certificate.class, failed.certificateId());
    String number = certificate == null ? failed.certificateNumber() : certificate.number();
    Partner partner = em.find(Partner.class, failed.partnerId());
    List<Membership> recipients = recipients(failed.tenant(), certificate == null ? null : certificate.chamberId());
    for (Membership member : recipients) {
      send(member, failed, number, certificate, partner);
    }
    LOG.info(() -> "Delivery of " + failed.kind() + " about certificate " + number + " to " + partner.country() + " failed for good; "
        + recipients.size() + " member(s) notified");
  }

  /** The members of the issuing chamber and of the tenant's operator the portal can write to. */
  private List<Membership> recipients(Tenant tenant, UUID chamberId) {
    return em.createQuery(
            "select m from Membership m join m.organisation o where m.tenant = :tenant and m.email is not null"
                + " and (o.id = :chamber or o.kind = :operator) order by m.username",
            Membership.class)
        .setParameter("tenant", tenant.code())
        .setParameter("chamber", chamberId)
        .setParameter("operator", OrganisationKind.OPERATOR)
        .getResultList();
  }

  private void send(Membership member, ExchangeMessage failed, String number, Certificate certificate, Partner partner)
      throws MessagingException {
    MemberMail notice = new MemberMail(TEXTS, member, failed.tenant());
    boolean chamber = certificate != null && member.organisation().kind() == OrganisationKind.CHAMBER;
    String link = chamber
        ? MemberMail.link(failed.tenant(), "chamber-officer/review.xhtml?id=" + certificate.applicationId())
        : MemberMail.link(failed.tenant(), "tenant-admin/exchange.xhtml?status=FAILED");
    notice.send(mail, notice.text("subject", number, partner.name()),
        notice.text("body", number, notice.text("kind." + failed.kind()), partner.name(), partner.country(),
                failed.attempts(), failed.lastError(), failed.messageId())
            + "\n\n" + notice.text(chamber ? "link.chamber" : "link.admin", link) + "\n");
  }
}
