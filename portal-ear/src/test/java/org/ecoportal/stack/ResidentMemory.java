package org.ecoportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How much memory a process holds, as the kernel reports it ({@code VmRSS} in {@code /proc}). */
public final class ResidentMemory {

  private ResidentMemory() {}

  /** The resident memory of {@code process} in MiB; 0 when it is gone or the system has no {@code /proc}. */
  public static long mib(ProcessHandle process) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** The resident memory of the portal's WildFly servers running on this machine, in MiB. */
  public static long portalServersMib() {
    return ProcessHandle.allProcesses()
        .filter(p -> {
          String command = p.info().commandLine().orElse("");
          return command.contains("jboss-modules") && command.contains("standalone-portal.xml");
        })
        .mapToLong(ResidentMemory::mib)
        .sum();
  }
}
