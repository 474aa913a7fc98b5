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

  /** Message type of "a message to a partner economy failed for good". */
  public static final String EXCHANGE_FAILED = "exchange-failed";

  /** Message type of "an import case has its importer, whose users are to be told". */
  public static final String IMPORT_CASE_OPENED = "import-case-opened";

  /** Message type of "an importer named the broker of an import case, whose users are to be told". */
  public static final String BROKER_ASSIGNED = "broker-assigned";

  /** Message type of "a partner's customs asks a chamber to verify a certificate's origin". */
  public static final String VERIFICATION_REQUESTED = "verification-requested";

  @Inject private JMSContext jms;

  @Resource(lookup = "java:/jms/queue/PortalWorkflow")
  private Queue queue;

  public void certificateIssued(UUID applicationId, String certificateNumber) {
    send(CERTIFICATE_ISSUED, "certificate " + certificateNumber, "applicationId", applicationId.toString(),
        "certificateNumber", certificateNumber);
  }

  /** The outbox message {@code messageId} failed for good. */
  public void exchangeFailed(UUID messageId) {
    send(EXCHANGE_FAILED, "exchange message " + messageId, "messageId", messageId.toString());
  }

  /** The import case {@code caseId} now names its importer. */
  public void importCaseOpened(UUID caseId) {
    send(IMPORT_CASE_OPENED, "import case " + caseId, "caseId", caseId.toString());
  }

  /** The importer named the broker of the import case {@code caseId}. */
  public void brokerAssigned(UUID caseId) {
    send(BROKER_ASSIGNED, "import case " + caseId, "caseId", caseId.toString());
  }

  /** The verification request {@code requestId} arrived for a chamber, whose officers are to be told. */
  public void verificationRequested(UUID requestId) {
    send(VERIFICATION_REQUESTED, "verification request " + requestId, "requestId", requestId.toString());
  }

  private void send(String type, String about, String... namesAndValues) {
    try {
      MapMessage message = jms.createMapMessage();
      message.setStringProperty("type", type);
      for (int i = 0; i < namesAndValues.length; i += 2) {
        message.setString(namesAndValues[i], namesAndValues[i + 1]);
      }
      jms.createProducer().send(queue, message);
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot queue the notice of " + about, e);
    }
  }
}
