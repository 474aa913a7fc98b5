package org.ecoportal.stack;

import java.nio.file.Path;

/** One server of the stack, started and stopped by the launcher. */
interface Part extends AutoCloseable {

  /** A short name for messages, e.g. {@code Keycloak}. */
  String name();

  /** Starts the part and returns once it answers its health check. */
  void start();

  /** Where the part writes its log. */
  Path log();

  /** The operating-system processes of the part, for memory figures. */
  default java.util.stream.Stream<ProcessHandle> processes() {
    return java.util.stream.Stream.empty();
  }

  /** Stops the part; does nothing when it is not running. */
  @Override
  void close();
}
