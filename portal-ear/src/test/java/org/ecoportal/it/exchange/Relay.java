package org.ecoportal.it.exchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP hop in the test JVM between an AS4 sender and the real receiver: it passes every
 * message on and the answer back, noting each message's ebMS MessageId. Told to {@link
 * #holdNext()}, it keeps the next message until released, so a test can break the sender while its
 * message is in flight and then let the receiver have it anyway.
 */
final class Relay implements AutoCloseable {

  private static final Pattern MESSAGE_ID = Pattern.compile("<(?:[\\w-]+:)?MessageId>([^<]+)</");
  /** Set by the HTTP client itself, or meaningless on the next hop; answers come back uncompressed, so the test can read them. */
  private static final Set<String> HOP_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive", "te", "date", "via",
          "warning", "accept-encoding");

  private final URI target;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> messageIds = new CopyOnWriteArrayList<>();
  private final AtomicReference<Hold> nextHold = new AtomicReference<>();

  /** A relay on a free local port to {@code target}. */
  Relay(String target) throws IOException {
    this.target = URI.create(target);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::relay);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/as4";
  }

  /** The MessageId of every message that came through, in order of arrival. */
  List<String> messageIds() {
    return List.copyOf(messageIds);
  }

  /** Keeps the next message that arrives until {@link Hold#release()}. */
  Hold holdNext() {
    Hold hold = new Hold();
    nextHold.set(hold);
    return hold;
  }

  /** Keeps no further message back (the one {@link #holdNext()} asked for, if it has not come yet). */
  void holdNone() {
    nextHold.set(null);
  }

  /** A message kept back on its way. */
  static final class Hold {

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final CompletableFuture<String> answer = new CompletableFuture<>();

    /** Whether the message arrived within {@code timeout}. */
    boolean arrived(Duration timeout) throws InterruptedException {
      return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the message go on to the receiver and returns the receiver's answer. */
    String release() throws Exception {
      letGo();
      return answer.get(30, TimeUnit.SECONDS);
    }

    /** Lets the message go on, if it is still kept, without waiting for the answer. */
    void letGo() {
      released.countDown();
    }
  }

  private void relay(HttpExchange exchange) throws IOException {
    Hold hold = null;
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Matcher id = MESSAGE_ID.matcher(new String(body, StandardCharsets.ISO_8859_1));
      messageIds.add(id.find() ? id.group(1).strip() : "(no MessageId)");
      hold = nextHold.getAndSet(null);
      if (hold != null) {
        hold.arrived.countDown();
        hold.released.await();
      }
      HttpResponse<byte[]> answer = forward(exchange, body);
      if (hold != null) {
        hold.answer.complete(new String(answer.body(), StandardCharsets.UTF_8));
      }
      answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
      exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      // a killed sender is no longer there to take the answer
      if (hold != null) {
        hold.answer.completeExceptionally(e);
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      exchange.close();
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> request.header(name, value));
      }
    });
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
