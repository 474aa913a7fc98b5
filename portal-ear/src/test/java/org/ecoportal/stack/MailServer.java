package org.ecoportal.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP and IMAP server (GreenMail standalone) that keeps every mail the portal sends. Any
 * user name and password are accepted; mail is read through IMAP or the web API.
 */
final class MailServer implements Part {

  private final StackSettings settings;
  private final ManagedProcess process;

  MailServer(StackSettings settings) {
    this.settings = settings;
    this.process = new ManagedProcess(name(), log());
  }

  @Override
  public String name() {
    return "Mail (GreenMail)";
  }

  @Override
  public Path log() {
    return settings.logDir().resolve("mail.log");
  }

  @Override
  public void start() {
    ManagedProcess.requireFree(settings.smtpPort(), "mail SMTP");
    ManagedProcess.requireFree(settings.imapPort(), "mail IMAP");
    ManagedProcess.requireFree(settings.mailApiPort(), "mail reader");
    Path jar = Path.of(System.getProperty("stack.tools", "target/stack-tools"), "greenmail-standalone.jar");
    if (!jar.toFile().isFile()) {
      throw new StackException("GreenMail is missing at " + jar + ". Build first: ./mvnw package -DskipTests");
    }
    process.start(
        List.of(
            ManagedProcess.java(),
            "-Xmx128m",
            "-Dgreenmail.smtp.hostname=127.0.0.1",
            "-Dgreenmail.smtp.port=" + settings.smtpPort(),
            "-Dgreenmail.imap.hostname=127.0.0.1",
            "-Dgreenmail.imap.port=" + settings.imapPort(),
            "-Dgreenmail.api.hostname=127.0.0.1",
            "-Dgreenmail.api.port=" + settings.mailApiPort(),
            "-Dgreenmail.auth.disabled",
            "-jar",
            jar.toString()),
        settings.dataDir(),
        Map.of());
    process.awaitHealthy(
        () ->
            ManagedProcess.listening(settings.smtpPort())
                && ManagedProcess.httpOk(settings.mailApiUrl() + "/api/service/readiness"),
        Duration.ofSeconds(60));
  }

  @Override
  public java.util.stream.Stream<ProcessHandle> processes() {
    return process.tree();
  }

  @Override
  public void close() {
    process.stop(Duration.ofSeconds(10));
  }
}
