package org.ecoportal.domain.model.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A {@link Difference} as kept with the declaration it was found on. */
@Embeddable
public class RecordedDifference {

  private static final int MAX_VALUE = 500;
  private static final int MAX_REASON = 1000;

  @Column(name = "declaration_line")
  private Integer declarationLine;

  @Column(name = "certificate_line")
  private Integer certificateLine;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private MatchRule rule;

  @Column(length = MAX_VALUE)
  private String expected;

  @Column(length = MAX_VALUE)
  private String found;

  @Column(nullable = false, length = MAX_REASON)
  private String reason;

  protected RecordedDifference() {}

  RecordedDifference(Difference difference) {
    this.declarationLine = difference.declarationLine();
    this.certificateLine = difference.certificateLine();
    this.rule = difference.rule();
    this.expected = cut(difference.expected(), MAX_VALUE);
    this.found = cut(difference.found(), MAX_VALUE);
    this.reason = cut(difference.reason(), MAX_REASON);
  }

  Difference toDifference() {
    return new Difference(declarationLine, certificateLine, rule, expected, found, reason);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
