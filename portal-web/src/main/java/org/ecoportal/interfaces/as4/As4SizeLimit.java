package org.ecoportal.interfaces.as4;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses AS4 requests larger than the portal takes: one that announces more is answered 413 before
 * anything is read; one sent in chunks without a length is cut off as soon as it passes the limit,
 * so the parser never holds more. The limit is {@code portal.exchange.max-payload-bytes} (default
 * 2 MiB) plus room for the envelope.
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
    long limit = (long) maxBytes() + ENVELOPE;
    long length = request.getContentLengthLong();
    if (length > limit) {
      LOG.warning(() -> "AS4 request of " + length + " bytes from " + request.getRemoteAddr() + " refused: too large");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, limit);
    try {
      chain.doFilter(limited, new TooLargeAnswered(response, limited));
    } catch (IOException | ServletException | RuntimeException e) {
      if (!limited.exceeded()) {
        throw e;
      }
    }
    if (limited.exceeded()) {
      LOG.warning(() -> "AS4 request from " + request.getRemoteAddr() + " refused: more than " + limit + " bytes without a length");
      if (!response.isCommitted()) {
        response.reset();
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }

  /** Whatever status the AS4 handler answers a request cut off for its size with, the sender is told 413. */
  private static final class TooLargeAnswered extends HttpServletResponseWrapper {

    private final LimitedRequest request;

    TooLargeAnswered(HttpServletResponse response, LimitedRequest request) {
      super(response);
      this.request = request;
    }

    private int status(int status) {
      return request.exceeded() ? SC_REQUEST_ENTITY_TOO_LARGE : status;
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status(status));
    }

    @Override
    public void sendError(int status) throws IOException {
      super.sendError(status(status));
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      super.sendError(status(status), message);
    }
  }

  /** The request with a body that ends in an error once it passes {@code limit} bytes. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream body;
    private long read;
    private boolean exceeded;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    boolean exceeded() {
      return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new Counting(super.getInputStream());
      }
      return body;
    }

    private final class Counting extends ServletInputStream {

      private final ServletInputStream in;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) throws IOException {
        read += n;
        if (read > limit) {
          exceeded = true;
          throw new IOException("The AS4 request is larger than " + limit + " bytes");
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }
}
