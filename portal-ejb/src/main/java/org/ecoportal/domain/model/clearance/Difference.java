package org.ecoportal.domain.model.clearance;

import java.util.Objects;

/**
 * One thing the declaration and the certificate disagree on, for the customs officer.
 *
 * @param declarationLine the declared line it concerns, or {@code null} for the declaration as a whole
 * @param certificateLine the certificate line it was compared with, or {@code null} when none
 * @param expected what the certificate (or the configuration) calls for
 * @param found what the declaration states
 * @param reason the difference in an English sentence
 */
public record Difference(Integer declarationLine, Integer certificateLine, MatchRule rule, String expected, String found, String reason) {

  public Difference {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  static Difference header(MatchRule rule, String expected, String found, String reason) {
    return new Difference(null, null, rule, expected, found, reason);
  }

  static Difference line(int declarationLine, Integer certificateLine, MatchRule rule, String expected, String found, String reason) {
    return new Difference(declarationLine, certificateLine, rule, expected, found, reason);
  }

  /** Whether it concerns the declaration as a whole rather than one of its lines. */
  public boolean isHeader() {
    return declarationLine == null;
  }
}
