package org.ecoportal.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.MapMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import java.util.UUID;

/**
 * Hands the workflow's asynchronous steps to the queue {@code PortalWorkflow}. Sent inside the
 * caller's transaction: a step is queued only if the decision that caused it commits.
 */
@ApplicationScoped
public class WorkflowEvents {

  /** Message type of "a certificate was issued for this application". */
  public static final String CERTIFICATE_ISSUED = "certificate-issued";

  @Inject private JMSContext jms;

  @Resource(lookup = "java:/jms/queue/PortalWorkflow")
  private Queue queue;

  public void certificateIssued(UUID applicationId, String certificateNumber) {
    try {
      MapMessage message = jms.createMapMessage();
      message.setStringProperty("type", CERTIFICATE_ISSUED);
      message.setString("applicationId", applicationId.toString());
      message.setString("certificateNumber", certificateNumber);
      jms.createProducer().send(queue, message);
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot queue the notice of certificate " + certificateNumber, e);
    }
  }
}
