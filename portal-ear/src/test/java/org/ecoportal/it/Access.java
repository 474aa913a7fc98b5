package org.ecoportal.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.function.Executable;

/** Assertions about who may call what. */
public final class Access {

  private Access() {}

  /** The call is refused by the container's role check (however deeply the refusal is wrapped). */
  public static void assertDenied(Executable call) {
    Throwable thrown = assertThrows(Exception.class, call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return;
      }
    }
    fail("expected access to be denied, got " + thrown);
  }
}
