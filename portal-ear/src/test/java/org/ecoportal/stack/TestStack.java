package org.ecoportal.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real servers the integration tests need (PostgreSQL, mail, Keycloak) once per test run,
 * on the test ports, with a fresh data folder under {@code target/test-stack}; Arquillian then starts
 * WildFly against them. A part that cannot start fails the run with the path of its log.
 */
public class TestStack implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestStack.class.getName());
  private static volatile StackSettings settings;

  private Stack stack;

  /** The settings of the running test stack. */
  public static StackSettings settings() {
    if (settings == null) {
      throw new IllegalStateException("The test stack is not running");
    }
    return settings;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String dir = System.getProperty("test.stack.dir");
    if (dir == null) {
      return; // not a run of the portal's integration tests
    }
    StackSettings test = StackSettings.test(Path.of(dir));
    stack = new Stack(line -> LOG.info("[test stack] " + line));
    stack.start(List.of(new EmbeddedDatabase(test), new MailServer(test), new IdentityServer(test)));
    settings = test;
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }
}
