package org.ecoportal.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
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
public class ExchangeFailedMailer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(ExchangeFailedMailer.class.getName());
  private static final String TEXTS = "org.ecoportal.infrastructure.mail.ExchangeFailedMail";

  @Resource(lookup = "java:jboss/mail/Portal")
  private Session mail;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public void onMessage(Message message) {
    try {
      UUID id = UUID.fromString(((MapMessage) message).getString("messageId"));
      ExchangeMessage failed = em.find(ExchangeMessage.class, id);
      if (failed == null) {
        LOG.warning(() -> "Exchange message " + id + " to notify about is gone");
        return;
      }
      Certificate certificate = em.find(Certificate.class, failed.certificateId());
      Partner partner = em.find(Partner.class, failed.partnerId());
      List<Membership> recipients = recipients(failed.tenant(), certificate.chamberId());
      for (Membership member : recipients) {
        send(member, failed, certificate, partner);
      }
      LOG.info(() -> "Delivery of certificate " + certificate.number() + " to " + partner.country() + " failed for good; "
          + recipients.size() + " member(s) notified");
    } catch (JMSException | MessagingException e) {
      LOG.log(Level.WARNING, "Could not send the notice of a failed delivery; the broker will redeliver it", e);
      throw new IllegalStateException(e);
    }
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

  private void send(Membership member, ExchangeMessage failed, Certificate certificate, Partner partner) throws MessagingException {
    Locale language = member.language().orElse(failed.tenant().defaultLocale());
    ResourceBundle texts =
        ResourceBundle.getBundle(TEXTS, language, getClass().getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    boolean chamber = member.organisation().kind() == OrganisationKind.CHAMBER;
    String base = System.getProperty("portal.url", "http://localhost:8080").replaceAll("/+$", "") + "/" + failed.tenant().code();
    String link = chamber
        ? base + "/chamber-officer/review.xhtml?id=" + certificate.applicationId()
        : base + "/tenant-admin/exchange.xhtml?status=FAILED";
    MimeMessage mime = new MimeMessage(mail);
    mime.setFrom();
    mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(member.email().orElseThrow()));
    mime.setSubject(format(texts, language, "subject", certificate.number(), partner.name()), "UTF-8");
    mime.setText(
        format(texts, language, "body", certificate.number(), texts.getString("kind." + failed.kind()), partner.name(),
                partner.country(), failed.attempts(), failed.lastError(), failed.messageId())
            + "\n\n" + format(texts, language, chamber ? "link.chamber" : "link.admin", link) + "\n",
        "UTF-8");
    Transport.send(mime);
  }

  private static String format(ResourceBundle texts, Locale language, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), language).format(arguments);
  }
}
