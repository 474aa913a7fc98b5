package org.ecoportal.interfaces.as4;

import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.ebms3header.Ebms3PartyInfo;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.error.EEbmsError;
import com.helger.phase4.model.pmode.IPMode;
import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecoportal.application.CertificateReceiving;
import org.ecoportal.application.CertificateReceiving.IncomingCertificate;
import org.ecoportal.application.CertificateReceiving.Received;
import org.ecoportal.application.ReceivingRefused;
import org.ecoportal.application.ReceivingRefused.Reason;
import org.ecoportal.domain.model.tenant.Tenant;
import org.w3c.dom.Node;

/**
 * Hands one received AS4 user message to {@link CertificateReceiving} once phase4 has verified its
 * signature, and answers with an ebMS error when it is refused. The receipt phase4 then sends is
 * signed with the receiving tenant's key.
 */
final class IncomingCertificates implements IAS4IncomingMessageProcessorSPI {

  private static final Logger LOG = Logger.getLogger(IncomingCertificates.class.getName());

  private final CertificateReceiving receiving;
  private final TenantCryptoFactory crypto;
  private final int maxBytes;

  IncomingCertificates(CertificateReceiving receiving, TenantCryptoFactory crypto, int maxBytes) {
    this.receiving = receiving;
    this.crypto = crypto;
    this.maxBytes = maxBytes;
  }

  @Override
  public AS4MessageProcessorResult processAS4UserMessage(
      IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers, Ebms3UserMessage message, IPMode pmode, Node payload,
      ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state, AS4ErrorList errors) {
    String messageId = message.getMessageInfo().getMessageId();
    Ebms3PartyInfo parties = message.getPartyInfo();
    String to = parties.getTo().getPartyIdCount() == 1 ? parties.getTo().getPartyIdAtIndex(0).getValue() : null;
    String from = parties.getFrom().getPartyIdCount() == 1 ? parties.getFrom().getPartyIdAtIndex(0).getValue() : null;
    receiver(to).ifPresent(t -> crypto.signWith(ExchangeKeyStores.alias(t)));
    // phase4 takes unsigned user messages even when the profile asks for a signature
    if (!state.isSoapSignatureChecked() || state.getSigningCertificate() == null) {
      return refuse(errors, messageId, from, EEbmsError.EBMS_FAILED_AUTHENTICATION, "The message is not signed");
    }
    if (attachments == null || attachments.size() != 1) {
      return refuse(errors, messageId, from, EEbmsError.EBMS_OTHER, "The message must carry exactly one certificate document");
    }
    try {
      byte[] document = read(attachments.get(0));
      if (document == null) {
        return refuse(errors, messageId, from, EEbmsError.EBMS_OTHER, "The certificate document is larger than " + maxBytes + " bytes");
      }
      Received received =
          receiving.receive(
              new IncomingCertificate(
                  to, from, messageId, message.getCollaborationInfo().getAction(), state.getSigningCertificate().getEncoded(), document));
      crypto.signWith(ExchangeKeyStores.alias(Tenant.fromCode(received.tenant()).orElseThrow()));
      return AS4MessageProcessorResult.createSuccess();
    } catch (ReceivingRefused refused) {
      return refuse(errors, messageId, from, ebmsError(refused.reason()), refused.getMessage());
    } catch (CertificateEncodingException | IOException e) {
      return refuse(errors, messageId, from, EEbmsError.EBMS_OTHER, "The message cannot be read: " + e.getMessage());
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Message " + messageId + " from " + from + " could not be stored", e);
      return refuse(errors, messageId, from, EEbmsError.EBMS_OTHER, "The certificate could not be stored; send it again later");
    }
  }

  @Override
  public AS4SignalMessageProcessorResult processAS4SignalMessage(
      IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers, Ebms3SignalMessage signal, IPMode pmode,
      IAS4IncomingMessageState state, AS4ErrorList errors) {
    errors.add(EEbmsError.EBMS_FEATURE_NOT_SUPPORTED.errorBuilder(Locale.ENGLISH).errorDetail("Only user messages are taken here").build());
    return AS4SignalMessageProcessorResult.createFailure();
  }

  @Override
  public void processAS4ResponseMessage(
      IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state, String responseMessageId, byte[] response,
      boolean responsePayloadAvailable, AS4ErrorList errors) {
    // the receipt is phase4's; the certificate was committed before it was made
  }

  private static Optional<Tenant> receiver(String partyId) {
    try {
      return Optional.of(
          Tenant.fromCode(partyId.substring("eco-".length())).orElseThrow(() -> new IllegalArgumentException(partyId)));
    } catch (RuntimeException unknown) {
      return Optional.empty();
    }
  }

  /** The attachment's bytes, or {@code null} when there are more than the limit. */
  private byte[] read(WSS4JAttachment attachment) throws IOException {
    try (InputStream in = attachment.getSourceStream()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  private static EEbmsError ebmsError(Reason reason) {
    return switch (reason) {
      case UNKNOWN_RECEIVER -> EEbmsError.EBMS_VALUE_NOT_RECOGNIZED;
      case UNKNOWN_PARTNER, UNTRUSTED_SIGNER -> EEbmsError.EBMS_FAILED_AUTHENTICATION;
      case MESSAGE_ID_TAKEN -> EEbmsError.EBMS_VALUE_INCONSISTENT;
      case UNKNOWN_ACTION -> EEbmsError.EBMS_VALUE_NOT_RECOGNIZED;
      case PAYLOAD_SIZE, INVALID_DOCUMENT, INVALID_CERTIFICATE -> EEbmsError.EBMS_OTHER;
      // the message is the partner's, but the certificate's signer is not one the agreement trusts
      case UNTRUSTED_ISSUER -> EEbmsError.EBMS_POLICY_NONCOMPLIANCE;
      // a valid clearance document naming a certificate or request this side does not know
      case UNKNOWN_CERTIFICATE, UNKNOWN_REQUEST -> EEbmsError.EBMS_VALUE_NOT_RECOGNIZED;
      case ANSWERED_ALREADY -> EEbmsError.EBMS_VALUE_INCONSISTENT;
    };
  }

  private static AS4MessageProcessorResult refuse(AS4ErrorList errors, String messageId, String from, EEbmsError error, String detail) {
    LOG.warning(() -> "AS4 message " + messageId + " from " + from + " refused (" + error.getErrorCode() + "): " + detail);
    errors.add(error.errorBuilder(Locale.ENGLISH).refToMessageInError(messageId).errorDetail(detail).build());
    return AS4MessageProcessorResult.createFailure();
  }
}
