package org.ecoportal.interfaces.as4;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses AS4 requests that announce more than the portal takes, before anything is parsed. The
 * limit is {@code portal.exchange.max-payload-bytes} (default 2 MiB) plus room for the envelope.
 */
@WebFilter(urlPatterns = "/as4")
public class As4SizeLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(As4SizeLimit.class.getName());

  /** Room for the SOAP envelope, signature and MIME headers around the certificate. */
  private static final int ENVELOPE = 64 * 1024;

  static int maxBytes() {
    return Integer.getInteger("portal.exchange.max-payload-bytes", 2 * 1024 * 1024);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length > (long) maxBytes() + ENVELOPE) {
      LOG.warning(() -> "AS4 request of " + length + " bytes from " + request.getRemoteAddr() + " refused: too large");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
