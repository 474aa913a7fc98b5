package org.ecoportal.stack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Starts parts in order, remembers how long each took, and stops the started ones in reverse. */
final class Stack implements AutoCloseable {

  private final Deque<Part> started = new ArrayDeque<>();
  private final Map<String, Duration> startTimes = new LinkedHashMap<>();
  private final Consumer<String> progress;

  Stack(Consumer<String> progress) {
    this.progress = progress;
  }

  void start(List<Part> parts) {
    for (Part part : new ArrayList<>(parts)) {
      progress.accept("Starting " + part.name() + " … (log: " + part.log() + ")");
      long begin = System.nanoTime();
      try {
        part.start();
      } catch (RuntimeException e) {
        part.close();
        throw e;
      }
      started.push(part);
      Duration took = Duration.ofNanos(System.nanoTime() - begin);
      startTimes.put(part.name(), took);
      progress.accept(String.format("%s is up (%.1f s)", part.name(), took.toMillis() / 1000.0));
    }
  }

  /** Resident memory of each started part, in MiB, in start order. */
  Map<String, Long> residentMemory() {
    Map<String, Long> memory = new LinkedHashMap<>();
    List<Part> inOrder = new ArrayList<>(started);
    java.util.Collections.reverse(inOrder);
    for (Part part : inOrder) {
      memory.put(part.name(), part.processes().mapToLong(ResidentMemory::mib).sum());
    }
    return memory;
  }

  Map<String, Duration> startTimes() {
    return startTimes;
  }

  @Override
  public synchronized void close() {
    while (!started.isEmpty()) {
      Part part = started.pop();
      progress.accept("Stopping " + part.name() + " …");
      try {
        part.close();
      } catch (RuntimeException e) {
        progress.accept(part.name() + " did not stop cleanly: " + e.getMessage());
      }
    }
  }
}
