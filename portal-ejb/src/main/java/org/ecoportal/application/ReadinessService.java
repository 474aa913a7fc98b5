package org.ecoportal.application;

/** Whether the portal can serve users: the parts it cannot work without answer. */
public interface ReadinessService {

  /** Checks each part now; never throws. */
  Readiness check();

  /** The outcome of one readiness check. */
  record Readiness(boolean databaseUp, String databaseDetail, long databaseMillis) {
    public boolean ready() {
      return databaseUp;
    }
  }
}
