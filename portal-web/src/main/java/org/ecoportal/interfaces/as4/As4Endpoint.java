package org.ecoportal.interfaces.as4;

import com.helger.collection.commons.CommonsArrayList;
import com.helger.http.EHttpMethod;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.ebms3header.Ebms3PartyId;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4Error;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.model.message.AS4ErrorMessage;
import com.helger.phase4.servlet.AS4UnifiedResponse;
import com.helger.phase4.servlet.AS4XServletHandler;
import com.helger.phase4.servlet.IAS4ServletRequestHandlerCustomizer;
import com.helger.web.scope.IRequestWebScopeWithoutResponse;
import com.helger.xservlet.AbstractXServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ecoportal.application.CertificateReceiving;
import org.ecoportal.application.CertificateReceiving.Refusal;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * {@code POST /as4}: where partner single windows deliver certificates. No login: a message is
 * authenticated by its signature, which must be a partner's trusted certificate (phase4 checks it
 * against every partner certificate of every tenant; {@link IncomingCertificates} then asks that it
 * is the certificate of the very partner named as sender, of the tenant named as receiver).
 */
@WebServlet(urlPatterns = "/as4", name = "As4Endpoint")
public class As4Endpoint extends AbstractXServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(As4Endpoint.class.getName());

  @Inject private transient CertificateReceiving receiving;
  @Inject private transient ExchangeKeyStores keyStores;

  public As4Endpoint() {
    // the AS4 message is MIME; phase4 reads it itself
    settings().setMultipartEnabled(false);
    AS4XServletHandler handler = new AS4XServletHandler();
    handler.setRequestHandlerCustomizer(new PerRequest());
    handlerRegistry().registerHandler(EHttpMethod.POST, handler);
  }

  /** Fresh trust for each request (partners change on their screen), and the receiving tenant's key for the receipt. */
  private final class PerRequest implements IAS4ServletRequestHandlerCustomizer {

    @Override
    public void customizeBeforeHandling(IRequestWebScopeWithoutResponse scope, AS4UnifiedResponse response, AS4RequestHandler handler) {
      TenantCryptoFactory crypto =
          new TenantCryptoFactory(
              keyStores.keys(Arrays.asList(Tenant.values())),
              ExchangeKeyStores.alias(Tenant.values()[0]),
              ExchangeKeyStores.trusting(receiving.trustedCertificates()));
      handler.setCryptoFactory(crypto);
      IncomingCertificates processor = new IncomingCertificates(receiving, crypto, As4SizeLimit.maxBytes());
      handler.setProcessorSupplier(() -> new CommonsArrayList<>(processor));
      handler.setErrorConsumer(this::record);
    }

    /** Every ebMS error answered, whether phase4 or the portal's checks found it, is kept for the administrator. */
    private void record(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state, AS4ErrorList errors, AS4ErrorMessage answer) {
      Ebms3UserMessage message = state == null ? null : state.getEbmsUserMessage();
      String to = message == null ? null : onlyParty(message.getPartyInfo().getTo().getPartyId());
      String from = message == null ? null : onlyParty(message.getPartyInfo().getFrom().getPartyId());
      String messageId = message != null ? message.getMessageInfo().getMessageId() : state == null ? null : state.getMessageID();
      String codes = errors.getAllMapped(e -> e.getEbmsError().getErrorCode()).stream().distinct().collect(Collectors.joining(" "));
      String reasons = errors.getAllMapped(As4Endpoint::describe).stream().collect(Collectors.joining("; "));
      try {
        receiving.recordRefusal(new Refusal(to, from, messageId, codes.isEmpty() ? "EBMS" : codes, reasons, metadata.getRemoteAddr()));
      } catch (RuntimeException e) {
        // the sender still gets its error; only the administrator's record is missing
        LOG.log(Level.WARNING, "The refusal of message " + messageId + " could not be recorded", e);
      }
    }

    @Override
    public void customizeAfterHandling(IRequestWebScopeWithoutResponse scope, AS4UnifiedResponse response, AS4RequestHandler handler) {
      // nothing kept between requests
    }
  }

  /** The party id, when the message names exactly one. */
  private static String onlyParty(List<Ebms3PartyId> ids) {
    return ids.size() == 1 ? ids.get(0).getValue() : null;
  }

  private static String describe(AS4Error error) {
    Ebms3Error e = error.getEbmsError();
    return e.getErrorCode() + " " + (e.getErrorDetail() != null ? e.getErrorDetail() : e.getShortDescription());
  }
}
