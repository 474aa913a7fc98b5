package org.ecoportal.interfaces.as4;

import com.helger.phase4.CAS4;
import com.helger.phase4.attachment.AS4OutgoingAttachment;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.sender.AS4Sender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.ecoportal.application.OutboxSending;
import org.ecoportal.application.OutboxSignal;
import org.ecoportal.application.OutgoingMessage;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * Delivers the outbox: as soon as a message is committed on this server, and otherwise every
 * {@code portal.exchange.poll-seconds} (default 2), it claims the due messages and sends each as a
 * signed AS4 user message, with the outbox's message id so a retry is recognised as the same
 * message. Up to {@code portal.exchange.parallel} (default 4) messages are on their way at once. Delivered means a receipt came back signed with the partner's
 * trusted certificate; it is kept as proof. Anything else is a failed attempt, tried again as the
 * retry policy says. Several nodes may run this at once: the outbox hands each message to one.
 * While the system property {@code portal.exchange.sending-paused} is {@code true}, nothing is
 * sent (messages stay queued), e.g. while a partner's endpoint is being moved. A message claimed by
 * a node that died while sending is sent again, with the same id, once the claim's lease
 * ({@code portal.exchange.lease}, an ISO-8601 duration, default {@code PT5M}) has run out.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 20;
  /** How often the sender looks whether a message was committed here. */
  private static final long TICK_MILLIS = 100;
  /** Longer than a batch of slow partners takes; then another node, or this one restarted, may try. */
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Resource private ManagedScheduledExecutorService executor;
  /** Runs the messages of a round side by side; a pool of its own, so the timer's thread never waits for itself. */
  @Resource private ManagedExecutorService senders;
  @Inject private OutboxSending outbox;
  @Inject private OutboxSignal signal;
  @Inject private ExchangeKeyStores keyStores;

  private final String node = nodeName();
  private ScheduledFuture<?> polling;
  private long pollNanos;
  private int parallel;
  private long nextPoll;

  void start() {
    long seconds = Long.getLong("portal.exchange.poll-seconds", 2);
    pollNanos = TimeUnit.SECONDS.toNanos(seconds);
    parallel = Math.max(1, Integer.getInteger("portal.exchange.parallel", 4));
    nextPoll = System.nanoTime() + pollNanos;
    polling = executor.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    LOG.info(() -> "AS4 sender " + node + " sends what is committed here at once, polls the outbox every " + seconds + " s, "
        + parallel + " messages at a time");
  }

  /** Sends when a message was committed here or the poll is due; runs on one thread at a time. */
  private void tick() {
    boolean committed = signal.take();
    if (committed || System.nanoTime() - nextPoll >= 0) {
      nextPoll = System.nanoTime() + pollNanos;
      sendDue();
    }
  }

  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  private void sendDue() {
    if (Boolean.getBoolean("portal.exchange.sending-paused")) {
      return;
    }
    try {
      List<OutgoingMessage> due;
      do {
        due = outbox.claimDue(BATCH, node, lease());
        deliverAll(due);
      } while (due.size() == BATCH);
    } catch (RuntimeException e) {
      // the next round tries again; a stopped timer would stop all delivery
      LOG.log(Level.WARNING, "Sending the outbox failed", e);
    }
  }

  private static Duration lease() {
    String configured = System.getProperty("portal.exchange.lease");
    return configured == null || configured.isBlank() ? LEASE : Duration.parse(configured.strip());
  }

  /** Delivers the messages on up to {@code parallel} threads, each taking the next message left. */
  private void deliverAll(List<OutgoingMessage> messages) {
    if (messages.size() <= 1 || parallel == 1) {
      messages.forEach(this::deliver);
      return;
    }
    Queue<OutgoingMessage> left = new ConcurrentLinkedQueue<>(messages);
    List<Callable<Void>> lanes = new ArrayList<>();
    for (int i = 0; i < Math.min(parallel, messages.size()); i++) {
      lanes.add(() -> {
        for (OutgoingMessage next = left.poll(); next != null; next = left.poll()) {
          deliver(next);
        }
        return null;
      });
    }
    try {
      for (Future<Void> lane : senders.invokeAll(lanes)) {
        lane.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "Sending part of the outbox failed", e.getCause());
    }
  }

  private void deliver(OutgoingMessage message) {
    if (message.partnerCertificate() == null) {
      failed(message, "No certificate of partner " + message.partyId() + " is trusted yet");
      return;
    }
    Tenant tenant = Tenant.fromCode(message.tenant()).orElseThrow();
    String from = "eco-" + tenant.code();
    Receipt receipt = new Receipt(message.partnerCertificate());
    try {
      EAS4UserMessageSendResult result =
          AS4Sender.builderUserMessage()
              .as4ProfileID(PortalProfile.ID)
              .pmode(PortalProfile.pmode(from, message.partyId(), message.endpointUrl()))
              .cryptoFactory(
                  new TenantCryptoFactory(
                      keyStores.keys(List.of(tenant)), ExchangeKeyStores.alias(tenant),
                      ExchangeKeyStores.trusting(List.of(message.partnerCertificate()))))
              .messageID(message.messageId())
              .fromPartyIDType(PortalProfile.PARTY_ID_TYPE)
              .fromPartyID(from)
              .fromRole(CAS4.DEFAULT_INITIATOR_URL)
              .toPartyIDType(PortalProfile.PARTY_ID_TYPE)
              .toPartyID(message.partyId())
              .toRole(CAS4.DEFAULT_RESPONDER_URL)
              .service(PortalProfile.SERVICE)
              .action(message.kind().name())
              .endpointURL(message.endpointUrl())
              .payload(AS4OutgoingAttachment.builder().data(message.payload()).mimeTypeXML())
              .signalMsgConsumer(receipt)
              .sendMessageAndCheckForReceipt();
      if (result == EAS4UserMessageSendResult.SUCCESS && receipt.problem == null && receipt.document != null) {
        if (outbox.markDelivered(message.id(), node, receipt.document)) {
          LOG.info(() -> "Message " + message.messageId() + " delivered to " + message.partyId());
        }
      } else {
        failed(message, receipt.problem != null ? receipt.problem : "Sending to " + message.endpointUrl() + " ended with " + result.getID());
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "Sending message " + message.messageId() + " failed", e);
      failed(message, "Sending to " + message.endpointUrl() + " failed: " + e.getMessage());
    }
  }

  private void failed(OutgoingMessage message, String reason) {
    LOG.warning(() -> "Message " + message.messageId() + " to " + message.partyId() + " not delivered: " + reason);
    outbox.markFailed(message.id(), node, reason);
  }

  private static String nodeName() {
    String name = System.getProperty("jboss.node.name");
    if (name == null) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        name = "node";
      }
    }
    // a restarted node must not take over its former self's leases by name
    return name + "/" + UUID.randomUUID();
  }

  /** What came back: the receipt signed by the partner, or why it is not one. */
  private static final class Receipt implements com.helger.phase4.incoming.IAS4SignalMessageConsumer {

    private final byte[] partnerCertificate;
    private byte[] document;
    private String problem;

    Receipt(byte[] partnerCertificate) {
      this.partnerCertificate = partnerCertificate;
    }

    @Override
    public void handleSignalMessage(Ebms3SignalMessage signal, IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state) {
      if (!signal.getError().isEmpty()) {
        problem = "The partner refused the message: "
            + signal.getError().stream().map(Receipt::describe).collect(Collectors.joining("; "));
        return;
      }
      if (signal.getReceipt() == null) {
        problem = "The partner answered without a receipt";
        return;
      }
      try {
        if (!state.isSoapSignatureChecked() || state.getSigningCertificate() == null
            || !MessageDigest.isEqual(partnerCertificate, state.getSigningCertificate().getEncoded())) {
          problem = "The receipt is not signed with the partner's trusted certificate";
          return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(state.getOriginalSoapDocument()), new StreamResult(out));
        document = out.toByteArray();
      } catch (CertificateEncodingException | TransformerException e) {
        problem = "The receipt cannot be kept: " + e.getMessage();
      }
    }

    private static String describe(Ebms3Error error) {
      String detail = error.getErrorDetail() != null ? error.getErrorDetail() : error.getShortDescription();
      return error.getErrorCode() + " " + detail;
    }
  }
}
