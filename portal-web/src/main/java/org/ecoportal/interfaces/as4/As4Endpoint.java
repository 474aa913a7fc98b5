package org.ecoportal.interfaces.as4;

import com.helger.collection.commons.CommonsArrayList;
import com.helger.http.EHttpMethod;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.servlet.AS4UnifiedResponse;
import com.helger.phase4.servlet.AS4XServletHandler;
import com.helger.phase4.servlet.IAS4ServletRequestHandlerCustomizer;
import com.helger.web.scope.IRequestWebScopeWithoutResponse;
import com.helger.xservlet.AbstractXServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Arrays;
import org.ecoportal.application.CertificateReceiving;
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
    }

    @Override
    public void customizeAfterHandling(IRequestWebScopeWithoutResponse scope, AS4UnifiedResponse response, AS4RequestHandler handler) {
      // nothing kept between requests
    }
  }
}
