package org.ecoportal.interfaces.as4;

import com.helger.phase4.CAS4;
import com.helger.phase4.crypto.ECryptoAlgorithmSign;
import com.helger.phase4.crypto.ECryptoAlgorithmSignDigest;
import com.helger.phase4.model.EMEP;
import com.helger.phase4.model.EMEPBinding;
import com.helger.phase4.model.pmode.IPModeIDProvider;
import com.helger.phase4.model.pmode.PMode;
import com.helger.phase4.model.pmode.PModeParty;
import com.helger.phase4.model.pmode.PModePayloadService;
import com.helger.phase4.model.pmode.PModeReceptionAwareness;
import com.helger.phase4.model.pmode.leg.EPModeSendReceiptReplyPattern;
import com.helger.phase4.model.pmode.leg.PModeLeg;
import com.helger.phase4.model.pmode.leg.PModeLegBusinessInformation;
import com.helger.phase4.model.pmode.leg.PModeLegErrorHandling;
import com.helger.phase4.model.pmode.leg.PModeLegProtocol;
import com.helger.phase4.model.pmode.leg.PModeLegSecurity;
import com.helger.phase4.profile.AS4Profile;
import com.helger.phase4.profile.IAS4ProfileRegistrar;
import com.helger.phase4.profile.IAS4ProfileRegistrarSPI;
import com.helger.phase4.wss.EWSSVersion;

/**
 * How the portal's single windows exchange: one-way push, messages signed (RSA-SHA256, WSS 1.1),
 * not encrypted (the certificate is signed itself and travels over TLS in production), answered
 * at once with a signed non-repudiation receipt.
 */
public class PortalProfile implements IAS4ProfileRegistrarSPI {

  public static final String ID = "ecoportal";
  public static final String PARTY_ID_TYPE = "urn:oasis:names:tc:ebcore:partyid-type:unregistered:ecoportal";
  public static final String SERVICE = "urn:ecoportal:certificate-of-origin";

  @Override
  public void registerAS4Profile(IAS4ProfileRegistrar registrar) {
    registrar.registerProfile(
        new AS4Profile(ID, "e-CO portal single windows", () -> null, PortalProfile::pmode, IPModeIDProvider.DEFAULT_DYNAMIC, false, false));
  }

  static PMode pmode(String initiator, String responder, String address) {
    PModeParty from = new PModeParty(PARTY_ID_TYPE, initiator, CAS4.DEFAULT_INITIATOR_URL, null, null);
    PModeParty to = new PModeParty(PARTY_ID_TYPE, responder, CAS4.DEFAULT_RESPONDER_URL, null, null);
    PModeLegErrorHandling errors = PModeLegErrorHandling.createUndefined();
    errors.setReportAsResponse(true);
    PModeLegSecurity security = new PModeLegSecurity();
    security.setWSSVersion(EWSSVersion.WSS_111);
    security.setX509SignatureAlgorithm(ECryptoAlgorithmSign.RSA_SHA_256);
    security.setX509SignatureHashFunction(ECryptoAlgorithmSignDigest.DIGEST_SHA_256);
    security.setSendReceipt(true);
    security.setSendReceiptReplyPattern(EPModeSendReceiptReplyPattern.RESPONSE);
    security.setSendReceiptNonRepudiation(true);
    PModeLeg leg =
        new PModeLeg(
            PModeLegProtocol.createForDefaultSoapVersion(address),
            PModeLegBusinessInformation.create(SERVICE, null, null, CAS4.DEFAULT_MPC_ID),
            errors,
            null,
            security);
    return new PMode(
        IPModeIDProvider.DEFAULT_DYNAMIC.getPModeID(from, to), from, to, "urn:ecoportal:exchange", EMEP.ONE_WAY, EMEPBinding.PUSH, leg,
        (PModeLeg) null, (PModePayloadService) null, (PModeReceptionAwareness) null);
  }
}
