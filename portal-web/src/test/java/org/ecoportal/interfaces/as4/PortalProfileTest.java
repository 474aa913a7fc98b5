package org.ecoportal.interfaces.as4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.phase4.crypto.ECryptoAlgorithmSign;
import com.helger.phase4.model.EMEP;
import com.helger.phase4.model.pmode.PMode;
import com.helger.phase4.model.pmode.leg.PModeLegSecurity;
import com.helger.scope.mgr.ScopeManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortalProfileTest {

  /** phase4 keeps its managers in a global scope, as the server's start-up makes it. */
  @BeforeAll
  static void globalScope() {
    ScopeManager.onGlobalBegin("portal-profile-test");
  }

  @AfterAll
  static void noGlobalScope() {
    ScopeManager.onGlobalEnd();
  }

  @Test
  void messagesArePushedOneWaySignedNotEncryptedAndAnsweredWithASignedReceipt() {
    PMode pmode = PortalProfile.pmode("eco-kr", "eco-tw", "http://localhost:8080/as4");

    assertEquals("eco-kr", pmode.getInitiator().getIDValue());
    assertEquals("eco-tw", pmode.getResponder().getIDValue());
    assertEquals(EMEP.ONE_WAY, pmode.getMEP());
    assertEquals("http://localhost:8080/as4", pmode.getLeg1().getProtocol().getAddress());
    PModeLegSecurity security = pmode.getLeg1().getSecurity();
    assertEquals(ECryptoAlgorithmSign.RSA_SHA_256, security.getX509SignatureAlgorithm());
    assertNull(security.getX509EncryptionAlgorithm(), "not encrypted");
    assertTrue(security.isSendReceipt());
    assertTrue(security.isSendReceiptNonRepudiation());
    assertTrue(pmode.getLeg1().getErrorHandling().isReportAsResponse(), "errors come back in the response");
  }
}
