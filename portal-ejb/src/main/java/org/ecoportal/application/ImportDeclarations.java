package org.ecoportal.application;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.clearance.Difference;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult;
import org.ecoportal.domain.model.clearance.MatchRule;

/**
 * A customs broker's import declarations: for the import cases whose importer named the caller's
 * brokerage, pre-filled from the received certificate, kept as drafts however incomplete, and
 * submitted, when every field is checked and the declaration is matched against the certificate.
 * A case or declaration of another brokerage or tenant is not found.
 */
public interface ImportDeclarations {

  /** One declaration as its list shows it; {@code version} is what a change must quote. */
  record Summary(
      UUID id,
      UUID caseId,
      String declarationNumber,
      String certificateNumber,
      ImportDeclarationStatus status,
      MatchResult.Outcome outcome,
      ImportDeclaration.Channel enteredThrough,
      Instant updatedAt,
      Instant submittedAt,
      long version)
      implements Serializable {}

  /** One difference matching found, for people and programs. */
  record Finding(Integer declarationLine, Integer certificateLine, MatchRule rule, String expected, String found, String reason)
      implements Serializable {

    static Finding of(Difference d) {
      return new Finding(d.declarationLine(), d.certificateLine(), d.rule(), d.expected(), d.found(), d.reason());
    }
  }

  /** What matching found at submission, and which rules ran, were switched off or could not run. */
  record Match(
      MatchResult.Outcome outcome,
      LocalDate declaredOn,
      List<Finding> differences,
      List<MatchRule> rulesRun,
      List<MatchRule> rulesSwitchedOff,
      List<MatchRule> rulesNotRun)
      implements Serializable {

    public static Match of(MatchResult result, LocalDate declaredOn) {
      return new Match(result.outcome(), declaredOn, result.differences().stream().map(Finding::of).toList(), result.rulesRun(),
          result.rulesSwitchedOff(), result.rulesNotRun());
    }

    public boolean matched() {
      return outcome == MatchResult.Outcome.MATCHED;
    }
  }

  /** A declaration in full; {@code match} is {@code null} while it is a draft. */
  record Detail(Summary summary, ImportDeclarationContent content, Match match) implements Serializable {}

  /** A new declaration's content taken from the case's certificate; the broker adds its own number. */
  ImportDeclarationContent prefill(@NotNull UUID caseId);

  /**
   * A draft for the case: only the number (required, unique in the tenant) and the values' formats
   * are checked, problems per field as an {@code InvalidInputException}.
   */
  Detail create(@NotNull UUID caseId, @NotNull ImportDeclarationContent content, @NotNull ImportDeclaration.Channel channel);

  /** The draft changed; refused when it changed since {@code version} was read. */
  Detail revise(@NotNull UUID id, long version, @NotNull ImportDeclarationContent content);

  /**
   * Checks every field of the draft (problems per field, the draft unchanged), then matches it
   * against the certificate by the tenant's rules and keeps the result.
   */
  Detail submit(@NotNull UUID id, long version);

  /** The caller's brokerage's declarations, newest first. */
  List<Summary> mine();

  Detail detail(@NotNull UUID id);

  /** The tenant administrator keeps the tenant's matching rules. */
  interface Setup {

    /** A rule as the page lists it. */
    record Rule(MatchRule code, String description, boolean perLine) implements Serializable {}

    /** The rules text in force; {@code version} is {@code null} while the tenant keeps the defaults. */
    record Settings(String text, Long version, String updatedBy, Instant updatedAt, List<Rule> rules) implements Serializable {}

    Settings current();

    /**
     * Keeps {@code text} when it reads; else an {@code InvalidInputException} with one problem a
     * wrong line on field {@code text}. Refused when the rules changed since {@code version}.
     */
    Settings save(String text, Long version);
  }
}
