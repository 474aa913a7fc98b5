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
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.certificate.CertificateDocument;
import org.ecoportal.infrastructure.messaging.WorkflowEvents;

/**
 * Tells the exporter by e-mail that its certificate was issued, with the certificate's PDF. Runs after the approval has
 * committed; a mail server that is down makes the broker redeliver the notice later.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/PortalWorkflow"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "type = '" + WorkflowEvents.CERTIFICATE_ISSUED + "'")
    })
public class CertificateIssuedMailer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(CertificateIssuedMailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Portal")
  private Session mail;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  private CertificateDocument document(CertificateApplication application, String number) {
    return em.createQuery(
            "select d from CertificateDocument d, Certificate c where d.certificateId = c.id and c.tenant = :tenant and c.number = :number",
            CertificateDocument.class)
        .setParameter("tenant", application.tenant().code())
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  @Override
  public void onMessage(Message message) {
    try {
      MapMessage notice = (MapMessage) message;
      UUID id = UUID.fromString(notice.getString("applicationId"));
      String number = notice.getString("certificateNumber");
      CertificateApplication application = em.find(CertificateApplication.class, id);
      if (application == null || application.contactEmail() == null) {
        LOG.info(() -> "Certificate " + number + ": no address to notify");
        return;
      }
      MimeMessage mime = new MimeMessage(mail);
      mime.setFrom();
      mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(application.contactEmail()));
      mime.setSubject("Certificate of origin " + number + " issued", "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(
          "Your application "
              + application.reference()
              + " was approved and certificate of origin "
              + number
              + " was issued. The certificate is attached as PDF; the signed XML can be downloaded in the portal.\n\n"
              + "Anyone can check it at the portal's verification page with this number.\n",
          "UTF-8");
      MimeMultipart content = new MimeMultipart();
      content.addBodyPart(text);
      CertificateDocument document = document(application, number);
      if (document != null) {
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(document.pdf(), "application/pdf")));
        pdf.setFileName(number + ".pdf");
        content.addBodyPart(pdf);
      }
      mime.setContent(content);
      mime.saveChanges();
      Transport.send(mime);
      LOG.info(() -> "Certificate " + number + ": exporter notified at " + application.contactEmail());
    } catch (JMSException | MessagingException e) {
      LOG.log(Level.WARNING, "Could not send the certificate notice; the broker will redeliver it", e);
      throw new IllegalStateException(e);
    }
  }
}
