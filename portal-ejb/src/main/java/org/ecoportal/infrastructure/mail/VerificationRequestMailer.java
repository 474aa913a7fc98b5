package org.ecoportal.infrastructure.mail;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.organisation.Membership;
import org.ecoportal.domain.model.verification.VerificationRequest;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Tells the officers of the chamber that issued a certificate by e-mail that a partner's customs
 * asks to verify its origin: certificate, requesting economy and customs, the question and the link
 * to the chamber's verification requests. Runs after the request was stored; each member gets it in
 * the language it last read the portal in, else the tenant's. Members without an address are left out.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PortalWorkflow"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "type = '" + WorkflowEvents.VERIFICATION_REQUESTED + "'")
    })
public class VerificationRequestMailer extends MemberNotices {

  private static final Logger LOG = Logger.getLogger(VerificationRequestMailer.class.getName());
  private static final String TEXTS = "org.ecoportal.infrastructure.mail.VerificationRequestMail";

  public VerificationRequestMailer() {
    super("requestId", "a verification request");
  }

  @Override
  protected void notice(UUID id) throws MessagingException {
    VerificationRequest request = em.find(VerificationRequest.class, id);
    if (request == null) {
      LOG.warning(() -> "Verification request " + id + " to notify about is gone");
      return;
    }
    Partner partner = em.find(Partner.class, request.partnerId());
    List<Membership> recipients =
        em.createQuery(
                "select m from Membership m join m.organisation o where o.id = :chamber and m.email is not null order by m.username",
                Membership.class)
            .setParameter("chamber", request.chamberId())
            .getResultList();
    for (Membership member : recipients) {
      MemberMail notice = new MemberMail(TEXTS, member, request.tenant());
      String link = MemberMail.link(request.tenant(), "chamber-officer/verifications.xhtml");
      notice.send(mail, notice.text("subject", request.certificateNumber(), partner.country()),
          notice.text("body", request.certificateNumber(), partner.name(), partner.country(),
                  request.requestingCustoms() == null ? partner.name() : request.requestingCustoms(), request.question())
              + "\n\n" + notice.text("link", link) + "\n");
    }
    LOG.info(() -> "Verification of certificate " + request.certificateNumber() + " requested by " + partner.country() + "; "
        + recipients.size() + " member(s) notified");
  }
}
