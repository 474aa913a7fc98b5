package org.ecoportal.domain.model.clearance;

import java.util.List;
import java.util.Objects;

/**
 * What matching a declaration against its certificate found, and how: the differences, the rules
 * that ran, those the configuration switched off, and those that could not run because the
 * certificate was not there.
 *
 * @param pairs which certificate line each declared line claiming preference was compared with
 */
public record MatchResult(
    Outcome outcome,
    List<Difference> differences,
    List<MatchRule> rulesRun,
    List<MatchRule> rulesSwitchedOff,
    List<MatchRule> rulesNotRun,
    List<LinePair> pairs) {

  public enum Outcome {
    /** Everything that was checked agrees: the goods may be cleared with ease. */
    MATCHED,
    /** At least one difference: a customs officer looks at it. */
    DIFFERENCES
  }

  /** Declared line {@code declarationLine} was compared with certificate line {@code certificateLine}. */
  public record LinePair(int declarationLine, int certificateLine) {}

  public MatchResult {
    Objects.requireNonNull(outcome, "outcome");
    differences = List.copyOf(differences);
    rulesRun = List.copyOf(rulesRun);
    rulesSwitchedOff = List.copyOf(rulesSwitchedOff);
    rulesNotRun = List.copyOf(rulesNotRun);
    pairs = List.copyOf(pairs);
    if ((outcome == Outcome.MATCHED) != differences.isEmpty()) {
      throw new IllegalArgumentException("A result is matched exactly when it has no differences");
    }
  }

  public boolean matched() {
    return outcome == Outcome.MATCHED;
  }

  /** The differences found by {@code rule}. */
  public List<Difference> differencesOf(MatchRule rule) {
    return differences.stream().filter(d -> d.rule() == rule).toList();
  }
}
