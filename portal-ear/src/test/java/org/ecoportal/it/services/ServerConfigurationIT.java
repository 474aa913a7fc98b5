package org.ecoportal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.naming.InitialContext;
import org.ecoportal.it.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What configure-server.cli set up, used from inside the server: the mail session delivers to the
 * real SMTP server, the workflow queue carries messages.
 */
@ExtendWith(ArquillianExtension.class)
class ServerConfigurationIT {

  /** The test stack's mail reader (GreenMail API). */
  private static final String MAIL_API = "http://localhost:18025";

  @Deployment
  static EnterpriseArchive deployment() {
    return PortalDeployment.withTestClasses(ServerConfigurationIT.class);
  }

  @Test
  void theMailSessionDeliversToTheSmtpServer() throws Exception {
    Session session = InitialContext.doLookup("java:jboss/mail/Portal");
    String subject = "Readiness of the mail session " + UUID.randomUUID();
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("officer@nz.eco.example"));
    message.setSubject(subject, "UTF-8");
    message.setText("Sent by the portal's mail session.", "UTF-8");
    Transport.send(message);

    HttpResponse<String> inbox =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/officer@nz.eco.example/messages/INBOX")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, inbox.statusCode());
    assertTrue(inbox.body().contains(subject), inbox.body());
    assertTrue(inbox.body().contains("no-reply@eco.example"), "sender from PORTAL_MAIL_FROM's default");
  }

  @Test
  void theWorkflowQueueCarriesMessages() throws Exception {
    ConnectionFactory factory = InitialContext.doLookup("java:jboss/DefaultJMSConnectionFactory");
    Queue queue = InitialContext.doLookup("java:/jms/queue/PortalWorkflow");
    String body = "step " + UUID.randomUUID();
    try (JMSContext context = factory.createContext()) {
      context.createProducer().send(queue, body);
      assertEquals(body, context.createConsumer(queue).receiveBody(String.class, 5000));
    }
  }
}
