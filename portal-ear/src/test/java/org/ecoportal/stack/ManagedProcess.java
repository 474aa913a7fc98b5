package org.ecoportal.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/** A server running as a child process, its output in a log file, stopped with its whole process tree. */
final class ManagedProcess {

  private static final Logger LOG = Logger.getLogger(ManagedProcess.class.getName());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path log;
  private Process process;

  ManagedProcess(String name, Path log) {
    this.name = name;
    this.log = log;
  }

  void start(List<String> command, Path workingDir, Map<String, String> environment) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      process = builder.start();
      LOG.fine(() -> name + " started as process " + process.pid());
    } catch (IOException e) {
      throw new StackException(name + " could not be started (" + e.getMessage() + "). Log: " + log, e);
    }
  }

  /** The process and all its descendants. */
  java.util.stream.Stream<ProcessHandle> tree() {
    if (process == null) {
      return java.util.stream.Stream.empty();
    }
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.toHandle().descendants());
  }


  boolean alive() {
    return process != null && process.isAlive();
  }

  /**
   * Waits until {@code healthy} holds, failing early when the process ends and after {@code timeout}
   * with a message naming the log.
   */
  void awaitHealthy(BooleanSupplier healthy, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (healthy.getAsBoolean()) {
        return;
      }
      if (!alive()) {
        throw new StackException(
            name + " stopped while starting (exit code " + process.exitValue() + "). See its log: " + log);
      }
      sleep(250);
    }
    throw new StackException(
        name + " did not become healthy within " + timeout.toSeconds() + " s. See its log: " + log);
  }

  /** Stops the process tree: politely first, forcibly after the grace period. */
  void stop(Duration grace) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        process.toHandle().descendants().collect(java.util.stream.Collectors.toList());
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle handle : tree) {
      waitFor(handle, deadline);
    }
    try {
      if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    process = null;
  }

  /** Ends the process tree at once (SIGKILL), as a crash or a power cut would: nothing is shut down cleanly. */
  void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = tree().collect(java.util.stream.Collectors.toList());
    tree.forEach(ProcessHandle::destroyForcibly);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    tree.forEach(handle -> waitFor(handle, deadline));
    process = null;
  }

  private static void waitFor(ProcessHandle handle, long deadline) {
    try {
      handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (Exception timedOut) {
      handle.destroyForcibly();
    }
  }

  static boolean httpOk(String url) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails with a clear message when another program already uses the port. */
  static void requireFree(int port, String what) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new StackException(
          "Port "
              + port
              + " ("
              + what
              + ") is already in use. Stop the program that holds it (find it with: ss -ltnp 'sport = :"
              + port
              + "') and start again.");
    }
    if (listening(port)) {
      throw new StackException("Port " + port + " (" + what + ") is already in use.");
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while waiting", e);
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
