package org.ecoportal.it.services;

import com.helger.base.io.iface.IHasInputStream;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.IMimeType;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.crypto.ECryptoAlgorithmSign;
import com.helger.phase4.crypto.ECryptoAlgorithmSignDigest;
import com.helger.phase4.ebms3header.Ebms3PartyId;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.AS4ServerInitializer;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4ResponseAbstraction;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.mgr.MetaAS4Manager;
import com.helger.phase4.model.error.EEbmsError;
import com.helger.phase4.model.pmode.DefaultPMode;
import com.helger.phase4.model.pmode.IPMode;
import com.helger.phase4.model.pmode.PMode;
import com.helger.phase4.model.pmode.leg.PModeLeg;
import com.helger.phase4.model.pmode.resolve.AS4DefaultPModeResolver;
import com.helger.scope.mgr.ScopeManager;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Node;

/**
 * Another economy's single window as phase4 alone makes one, run in a JVM of its own (as
 * {@link PlainPhase4ReceiverProcess} starts it): the JDK's HTTP server hands every POST to phase4's
 * {@link AS4RequestHandler}, set up as phase4's own servlet handler sets it up, with its own key and
 * truststore and one PMode for the agreed service. It answers with phase4's signed receipt (or ebMS
 * error) and writes each user message it accepts to a folder. Nothing of the portal is used here:
 * only phase4 and the JDK.
 */
public final class PlainPhase4Receiver implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PlainPhase4Receiver.class.getName());
  private static final String PATH = "/as4";

  private final HttpServer server;
  private final AS4CryptoFactoryInMemoryKeyStore crypto;
  private final Path received;
  private final AtomicInteger count = new AtomicInteger();

  /**
   * Listens on a free port of the loopback interface.
   *
   * @param keys holds the receiver's key under {@code alias}, protected by {@code password}; it signs receipts and errors
   * @param trust the certificates whose signatures the receiver accepts
   * @param agreement what the sender and the receiver agreed on, its PMode
   * @param received where each accepted user message goes: {@code <n>.payload} and {@code <n>.properties}
   */
  private PlainPhase4Receiver(KeyStore keys, String alias, char[] password, KeyStore trust, Agreement agreement, Path received) throws IOException {
    this.received = Files.createDirectories(received);
    ScopeManager.onGlobalBegin("plain-phase4-receiver");
    AS4ServerInitializer.initAS4Server();
    MetaAS4Manager.getPModeMgr().createOrUpdatePMode(agreement.pmode());
    crypto = new AS4CryptoFactoryInMemoryKeyStore(keys, alias, password, trust);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::handle);
    server.start();
  }

  /** Who sends what to whom: the PMode the operators of both single windows agreed on. */
  private record Agreement(String initiator, String responder, String service, String action) {

    /**
     * phase4's default PMode between the two parties (one-way push, receipt in the response), for
     * one service and action, whose receipts are signed with RSA-SHA256 and carry the
     * non-repudiation information.
     */
    PMode pmode() {
      PMode pmode = (PMode) DefaultPMode.getOrCreateDefaultPMode(initiator, responder, null, false);
      PModeLeg leg = pmode.getLeg1();
      leg.getBusinessInfo().setService(service);
      leg.getBusinessInfo().setAction(action);
      leg.getSecurity().setX509SignatureAlgorithm(ECryptoAlgorithmSign.RSA_SHA_256);
      leg.getSecurity().setX509SignatureHashFunction(ECryptoAlgorithmSignDigest.DIGEST_SHA_256);
      leg.getSecurity().setSendReceiptNonRepudiation(true);
      return pmode;
    }
  }

  /**
   * Arguments: the folder holding {@code keys.p12} (the key under alias {@code receiver}) and
   * {@code trust.p12}, their password, then initiator, responder, service and action of the
   * agreement. Prints {@code listening <url>}, keeps what it accepts in {@code received/} of the
   * folder, and ends when its standard input closes.
   */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    char[] password = args[1].toCharArray();
    Agreement agreement = new Agreement(args[2], args[3], args[4], args[5]);
    try (PlainPhase4Receiver receiver =
        new PlainPhase4Receiver(
            keyStore(folder.resolve("keys.p12"), password), "receiver", password, keyStore(folder.resolve("trust.p12"), password),
            agreement, folder.resolve("received"))) {
      System.out.println("listening " + receiver.url());
      System.out.flush();
      while (System.in.read() != -1) {
        // runs until the test closes the pipe
      }
    }
  }

  private static KeyStore keyStore(Path file, char[] password) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + PATH;
  }

  @Override
  public void close() {
    server.stop(0);
    AS4ServerInitializer.shutdownAS4Server();
    ScopeManager.onGlobalEnd();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      HttpHeaderMap headers = new HttpHeaderMap();
      exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> headers.addHeader(name, value)));
      Answer answer = new Answer();
      AS4IncomingMessageMetadata metadata =
          AS4IncomingMessageMetadata.createForRequest()
              .setRemoteAddr(exchange.getRemoteAddress().getAddress().getHostAddress())
              .setRemotePort(exchange.getRemoteAddress().getPort())
              .setHttpHeaders(headers);
      try (AS4RequestHandler handler = new AS4RequestHandler(metadata)) {
        handler
            .setCryptoFactory(crypto)
            .setPModeResolver(new AS4DefaultPModeResolver(null))
            .setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(null, false))
            .setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE)
            .setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance())
            .setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration())
            .setProcessorSupplier(() -> new CommonsArrayList<>(new Keeper()));
        handler.handleRequest(exchange.getRequestBody(), headers, answer);
      } catch (Exception e) {
        LOG.log(Level.WARNING, "AS4 request could not be handled", e);
        answer.setStatus(500);
      }
      answer.send(exchange);
    }
  }

  /** Keeps every user message phase4 hands over once it has checked the signature. */
  private final class Keeper implements IAS4IncomingMessageProcessorSPI {

    @Override
    public AS4MessageProcessorResult processAS4UserMessage(
        IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers, Ebms3UserMessage message, IPMode pmode, Node payload,
        ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
      String messageId = message.getMessageInfo().getMessageId();
      // phase4 hands over unsigned messages too
      if (!state.isSoapSignatureChecked() || attachments == null || attachments.size() != 1) {
        errors.add(EEbmsError.EBMS_OTHER.errorBuilder(Locale.ENGLISH).refToMessageInError(messageId)
            .errorDetail("One signed document expected").build());
        return AS4MessageProcessorResult.createFailure();
      }
      try (InputStream in = attachments.get(0).getSourceStream()) {
        keep(message, in.readAllBytes(), state.getSigningCertificate());
        return AS4MessageProcessorResult.createSuccess();
      } catch (IOException | CertificateEncodingException e) {
        errors.add(EEbmsError.EBMS_OTHER.errorBuilder(Locale.ENGLISH).refToMessageInError(messageId).errorDetail(e.getMessage()).build());
        return AS4MessageProcessorResult.createFailure();
      }
    }

    /** The payload first, then what came with it, so a reader never sees half a message. */
    private void keep(Ebms3UserMessage message, byte[] payload, X509Certificate signer) throws IOException, CertificateEncodingException {
      int n = count.incrementAndGet();
      Files.write(received.resolve(n + ".payload"), payload);
      Ebms3PartyId from = message.getPartyInfo().getFrom().getPartyIdAtIndex(0);
      Ebms3PartyId to = message.getPartyInfo().getTo().getPartyIdAtIndex(0);
      Properties about = new Properties();
      about.setProperty("messageId", message.getMessageInfo().getMessageId());
      about.setProperty("service", message.getCollaborationInfo().getService().getValue());
      about.setProperty("action", message.getCollaborationInfo().getAction());
      about.setProperty("from", from.getType() + " " + from.getValue());
      about.setProperty("to", to.getType() + " " + to.getValue());
      about.setProperty("signer", Base64.getEncoder().encodeToString(signer.getEncoded()));
      Path partial = received.resolve(n + ".partial");
      try (OutputStream out = Files.newOutputStream(partial)) {
        about.store(out, null);
      }
      Files.move(partial, received.resolve(n + ".properties"), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public AS4SignalMessageProcessorResult processAS4SignalMessage(
        IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers, Ebms3SignalMessage signal, IPMode pmode,
        IAS4IncomingMessageState state, AS4ErrorList errors) {
      return AS4SignalMessageProcessorResult.createSuccess();
    }

    @Override
    public void processAS4ResponseMessage(
        IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state, String responseMessageId, byte[] response,
        boolean responsePayloadAvailable, AS4ErrorList errors) {
      // nothing to keep of what was answered
    }
  }

  /** What phase4 answers, written to the JDK's exchange once handling is over. */
  private static final class Answer implements IAS4ResponseAbstraction {

    private final HttpHeaderMap headers = new HttpHeaderMap();
    private int status = 200;
    private byte[] body = new byte[0];
    private String mimeType;
    private Charset charset;

    @Override
    public void setContent(byte[] bytes, Charset charset) {
      this.body = bytes;
      this.charset = charset;
    }

    @Override
    public void setContent(HttpHeaderMap headerMap, IHasInputStream content) {
      headers.addAllHeaders(headerMap);
      try (InputStream in = content.getInputStream()) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new IllegalStateException("The answer cannot be read", e);
      }
    }

    @Override
    public void setMimeType(IMimeType type) {
      mimeType = type.getAsString();
    }

    @Override
    public void setStatus(int status) {
      this.status = status;
    }

    void send(HttpExchange exchange) throws IOException {
      headers.forEachSingleHeader((name, value) -> exchange.getResponseHeaders().add(name, value), false);
      if (mimeType != null) {
        exchange.getResponseHeaders().set("Content-Type", charset == null ? mimeType : mimeType + "; charset=" + charset.name());
      }
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
