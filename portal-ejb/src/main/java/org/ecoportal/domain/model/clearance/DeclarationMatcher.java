package org.ecoportal.domain.model.clearance;

import static org.ecoportal.domain.model.clearance.MatchRule.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Item;
import org.ecoportal.domain.model.clearance.ImportDeclarationData.Line;
import org.ecoportal.domain.model.clearance.MatchResult.LinePair;

/**
 * Matches an import declaration against the certificate it quotes, by the rules of
 * {@link MatchRule} as {@link MatchingRules} configure them. Pure: the same declaration,
 * certificate and rules always give the same result.
 */
public final class DeclarationMatcher {

  private DeclarationMatcher() {}

  /**
   * @param certificate the received certificate with the number the declaration quotes, or
   *     {@code null} when none was received
   */
  public static MatchResult match(ImportDeclarationData declaration, CertificateOnRecord certificate, MatchingRules rules) {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(rules, "rules");
    Run run = new Run(rules);
    run.check(CERTIFICATE_EXISTS, () -> certificate == null
        ? List.of(Difference.header(CERTIFICATE_EXISTS, declaration.certificateNumber(), "none received",
            "No certificate numbered " + declaration.certificateNumber() + " has been received."))
        : List.of());
    if (certificate == null) {
      return run.result(List.of());
    }
    if (!certificate.content().certificateNumber().equals(declaration.certificateNumber())) {
      throw new IllegalArgumentException("Certificate " + certificate.content().certificateNumber()
          + " is not the one declaration " + declaration.declarationNumber() + " quotes");
    }
    CertificateContent content = certificate.content();
    run.check(SIGNATURE_VALID, () -> signature(certificate));
    run.check(NOT_REVOKED, () -> notRevoked(certificate));
    run.check(NOT_REPLACED, () -> notReplaced(certificate));
    run.check(IMPORTER_MATCHES, () -> importer(declaration, content));
    run.check(EXPORTER_MATCHES, () -> exporter(declaration, content));
    run.check(ISSUED_BEFORE_SHIPMENT, () -> issuedBeforeShipment(declaration, content));
    run.check(WITHIN_VALIDITY, () -> withinValidity(declaration, content, rules));

    Pairing pairing = Pairing.of(declaration, certificate, rules);
    run.check(LINE_HS6, () -> pairing.unpairedBy(LINE_HS6));
    run.check(LINE_PAIRED, () -> pairing.unpairedBy(LINE_PAIRED));
    run.check(LINE_QUANTITY, () -> pairing.each(p -> quantity(p, rules)));
    run.check(LINE_WEIGHT, () -> pairing.each(p -> weight(p, rules)));
    run.check(QUANTITY_NOT_EXHAUSTED, () -> pairing.each(p -> notExhausted(p, certificate, rules)));
    run.check(INVOICE_MATCHES, () -> invoices(declaration, content, pairing));
    return run.result(pairing.pairs());
  }

  /** Which rules ran and what they found. */
  private static final class Run {
    private final MatchingRules rules;
    private final List<Difference> differences = new ArrayList<>();
    private final Set<MatchRule> ran = EnumSet.noneOf(MatchRule.class);
    private final Set<MatchRule> off = EnumSet.noneOf(MatchRule.class);

    Run(MatchingRules rules) {
      this.rules = rules;
    }

    void check(MatchRule rule, Supplier<List<Difference>> differencesFound) {
      if (!rules.isOn(rule)) {
        off.add(rule);
        return;
      }
      ran.add(rule);
      differences.addAll(differencesFound.get());
    }

    MatchResult result(List<LinePair> pairs) {
      Set<MatchRule> notRun = EnumSet.allOf(MatchRule.class);
      notRun.removeAll(ran);
      notRun.removeAll(off);
      differences.sort(Comparator.comparing((Difference d) -> d.declarationLine() == null ? 0 : d.declarationLine())
          .thenComparing(d -> d.rule().ordinal()));
      MatchResult.Outcome outcome = differences.isEmpty() ? MatchResult.Outcome.MATCHED : MatchResult.Outcome.DIFFERENCES;
      return new MatchResult(outcome, differences, List.copyOf(ran), List.copyOf(off), List.copyOf(notRun), pairs);
    }
  }

  // ---- the certificate as a whole

  private static List<Difference> signature(CertificateOnRecord certificate) {
    return certificate.signatureValid() ? List.of() : List.of(Difference.header(SIGNATURE_VALID, "valid signature", "signature not valid",
        "The issuer's signature on the certificate did not verify."));
  }

  private static List<Difference> notRevoked(CertificateOnRecord certificate) {
    return certificate.state().kind() != CertificateState.Kind.REVOKED ? List.of() : List.of(Difference.header(NOT_REVOKED, "in force", "revoked",
        "The issuing authority has revoked the certificate."));
  }

  private static List<Difference> notReplaced(CertificateOnRecord certificate) {
    if (certificate.state().kind() != CertificateState.Kind.REPLACED) {
      return List.of();
    }
    String replacement = certificate.state().replacedBy();
    return List.of(Difference.header(NOT_REPLACED, replacement, certificate.content().certificateNumber(),
        "The certificate was replaced by " + replacement + "; the declaration should quote the replacement."));
  }

  private static List<Difference> importer(ImportDeclarationData declaration, CertificateContent content) {
    String consignee = content.consignee() == null ? null : content.consignee().identifier();
    if (blank(consignee)) {
      return List.of(Difference.header(IMPORTER_MATCHES, "consignee identifier", declaration.importerIdentifier(),
          "The certificate names no consignee identifier to compare the importer with."));
    }
    if (sameIdentifier(consignee, declaration.importerIdentifier())) {
      return List.of();
    }
    return List.of(Difference.header(IMPORTER_MATCHES, consignee, declaration.importerIdentifier(),
        "The importer is not the consignee named on the certificate."));
  }

  private static List<Difference> exporter(ImportDeclarationData declaration, CertificateContent content) {
    CertificateContent.Party exporter = content.exporter();
    String identifier = exporter == null ? null : exporter.identifier();
    String name = exporter == null ? null : exporter.name();
    if (!blank(identifier) && !blank(declaration.exporterIdentifier())) {
      return sameIdentifier(identifier, declaration.exporterIdentifier()) ? List.of()
          : List.of(Difference.header(EXPORTER_MATCHES, identifier, declaration.exporterIdentifier(),
              "The exporter's identifier differs from the certificate's exporter."));
    }
    if (!blank(name) && !blank(declaration.exporterName())) {
      return sameName(name, declaration.exporterName()) ? List.of()
          : List.of(Difference.header(EXPORTER_MATCHES, name, declaration.exporterName(),
              "The exporter's name differs from the certificate's exporter (no identifiers on both sides to compare)."));
    }
    return List.of(Difference.header(EXPORTER_MATCHES, orNone(identifier != null ? identifier : name),
        orNone(declaration.exporterIdentifier() != null ? declaration.exporterIdentifier() : declaration.exporterName()),
        "The declaration and the certificate do not both name the exporter, by identifier or by name."));
  }

  private static List<Difference> issuedBeforeShipment(ImportDeclarationData declaration, CertificateContent content) {
    LocalDate shipped = declaration.shipmentDate();
    if (shipped == null && content.transport() != null) {
      shipped = content.transport().departureDate();
    }
    if (shipped == null) {
      return List.of(Difference.header(ISSUED_BEFORE_SHIPMENT, "a shipment date", "none",
          "Neither the declaration nor the certificate gives a shipment date."));
    }
    if (!content.issueDate().isAfter(shipped)) {
      return List.of();
    }
    return List.of(Difference.header(ISSUED_BEFORE_SHIPMENT, "issued on or before " + shipped, "issued " + content.issueDate(),
        "The certificate was issued after the goods were shipped on " + shipped + "."));
  }

  private static List<Difference> withinValidity(ImportDeclarationData declaration, CertificateContent content, MatchingRules rules) {
    LocalDate lastDay = content.issueDate().plusDays(rules.validityDays());
    if (!declaration.declaredOn().isAfter(lastDay)) {
      return List.of();
    }
    return List.of(Difference.header(WITHIN_VALIDITY, "declared by " + lastDay, "declared " + declaration.declaredOn(),
        "The certificate was valid for " + rules.validityDays() + " days from its issue on " + content.issueDate()
            + " and had expired when the goods were declared."));
  }

  private static List<Difference> invoices(ImportDeclarationData declaration, CertificateContent content, Pairing pairing) {
    Set<String> declared = declaration.invoiceReferences().stream().map(DeclarationMatcher::identifier).collect(Collectors.toSet());
    if (declared.isEmpty()) {
      String onCertificate = content.items().stream().map(Item::invoiceNumber).filter(n -> !blank(n)).distinct()
          .collect(Collectors.joining(", "));
      return onCertificate.isEmpty() ? List.of() : List.of(Difference.header(INVOICE_MATCHES, onCertificate, "none",
          "The declaration names no invoice; the certificate names " + onCertificate + "."));
    }
    return pairing.each(pair -> {
      String invoice = pair.item().invoiceNumber();
      if (blank(invoice) || declared.contains(identifier(invoice))) {
        return Optional.empty();
      }
      return Optional.of(pair.difference(INVOICE_MATCHES, invoice, String.join(", ", declaration.invoiceReferences()),
          "Certificate line " + pair.item().sequence() + " is for invoice " + invoice + ", which the declaration does not name."));
    });
  }

  // ---- line by line

  private static Optional<Difference> quantity(Pair pair, MatchingRules rules) {
    Line line = pair.line();
    Item item = pair.item();
    if (!sameUnit(line.unitCode(), item.unitCode())) {
      return Optional.of(pair.difference(LINE_QUANTITY, amount(item.quantity(), item.unitCode()), amount(line.quantity(), line.unitCode()),
          "The quantity is declared in " + orNone(line.unitCode()) + " but certified in " + orNone(item.unitCode())
              + "; units are not converted."));
    }
    return compare(pair, LINE_QUANTITY, "quantity", item.quantity(), line.quantity(), item.unitCode(), rules.quantityTolerance(), rules);
  }

  private static Optional<Difference> weight(Pair pair, MatchingRules rules) {
    return compare(pair, LINE_WEIGHT, "net weight", pair.item().netWeightKg(), pair.line().netWeightKg(), "kg", rules.weightTolerance(), rules);
  }

  private static Optional<Difference> compare(
      Pair pair, MatchRule rule, String what, BigDecimal certified, BigDecimal declared, String unit, Tolerance tolerance, MatchingRules rules) {
    if (certified == null && declared == null) {
      return Optional.empty();
    }
    if (certified == null || declared == null) {
      return Optional.of(pair.difference(rule, amount(certified, unit), amount(declared, unit),
          "Only " + (certified == null ? "the declaration" : "the certificate") + " states the " + what + "."));
    }
    boolean within = rules.partialShipments() ? tolerance.acceptsAtMost(certified, declared) : tolerance.accepts(certified, declared);
    if (within) {
      return Optional.empty();
    }
    String expected = (rules.partialShipments() ? "at most " : "") + amount(certified, unit) + " (tolerance " + tolerance + ")";
    return Optional.of(pair.difference(rule, expected, amount(declared, unit),
        "The declared " + what + " " + amount(declared, unit) + (declared.compareTo(certified) > 0 ? " exceeds" : " falls short of")
            + " the certified " + amount(certified, unit) + " by more than the tolerance of " + tolerance + "."));
  }

  private static Optional<Difference> notExhausted(Pair pair, CertificateOnRecord certificate, MatchingRules rules) {
    Item item = pair.item();
    BigDecimal used = certificate.usedQuantity(item.sequence());
    Line line = pair.line();
    // Only earlier use is this rule's concern; a line larger than its certificate line on its own is LINE_QUANTITY's.
    if (used.signum() == 0 || item.quantity() == null || line.quantity() == null || !sameUnit(line.unitCode(), item.unitCode())) {
      return Optional.empty();
    }
    if (rules.quantityTolerance().acceptsAtMost(item.quantity(), used.add(line.quantity()))) {
      return Optional.empty();
    }
    BigDecimal remaining = item.quantity().subtract(used).max(BigDecimal.ZERO);
    return Optional.of(pair.difference(QUANTITY_NOT_EXHAUSTED, "at most " + amount(remaining, item.unitCode()) + " remaining",
        amount(line.quantity(), line.unitCode()),
        "Earlier declarations already used " + amount(used, item.unitCode()) + " of the " + amount(item.quantity(), item.unitCode())
            + " on certificate line " + item.sequence() + "; " + amount(remaining, item.unitCode()) + " remain."));
  }

  /** A declared line and the certificate line it is compared with. */
  private record Pair(Line line, Item item) {

    Difference difference(MatchRule rule, String expected, String found, String reason) {
      return Difference.line(line.lineNumber(), item.sequence(), rule, expected, found, reason);
    }
  }

  /**
   * Declared lines that claim preference, in line order, each taking the certificate line not yet
   * taken that fits it best: the same 6-digit HS code (while {@link MatchRule#LINE_HS6} is on), the
   * same unit, then the nearest quantity (to what remains of it when shipments may be partial),
   * then the lowest line number.
   */
  private record Pairing(List<Pair> paired, List<Difference> unpaired) {

    static Pairing of(ImportDeclarationData declaration, CertificateOnRecord certificate, MatchingRules rules) {
      boolean byHs = rules.isOn(LINE_HS6);
      List<Item> items = certificate.content().items();
      Map<Integer, Integer> takenBy = new HashMap<>();
      List<Pair> paired = new ArrayList<>();
      List<Difference> unpaired = new ArrayList<>();
      List<Line> claimed = declaration.lines().stream().filter(Line::preferenceClaimed)
          .sorted(Comparator.comparingInt(Line::lineNumber)).toList();
      for (Line line : claimed) {
        String hs = hs6(line.hsCode());
        Comparator<Item> fit = Comparator.comparing((Item item) -> !sameUnit(line.unitCode(), item.unitCode()))
            .thenComparing(item -> gap(line, item, certificate, rules))
            .thenComparingInt(Item::sequence);
        Optional<Item> best = items.stream()
            .filter(item -> !takenBy.containsKey(item.sequence()))
            .filter(item -> !byHs || Objects.equals(hs, hs6(item.hsCode())))
            .min(fit);
        if (best.isPresent()) {
          takenBy.put(best.get().sequence(), line.lineNumber());
          paired.add(new Pair(line, best.get()));
        } else {
          unpaired.add(unpairedDifference(line, hs, byHs, items, takenBy));
        }
      }
      return new Pairing(List.copyOf(paired), List.copyOf(unpaired));
    }

    private static Difference unpairedDifference(Line line, String hs, boolean byHs, List<Item> items, Map<Integer, Integer> takenBy) {
      List<Item> sameHs = items.stream().filter(item -> Objects.equals(hs, hs6(item.hsCode()))).toList();
      if (byHs && sameHs.isEmpty()) {
        String lines = items.stream().map(item -> item.sequence() + ": " + hs6(item.hsCode())).collect(Collectors.joining(", "));
        String reason = hs == null
            ? "The declared HS code " + orNone(line.hsCode()) + " has fewer than 6 digits, so no certificate line can be paired with it."
            : "No certificate line has the HS code " + hs + " at 6 digits.";
        return Difference.line(line.lineNumber(), null, LINE_HS6, "a certificate line with HS " + orNone(hs),
            lines.isEmpty() ? "no certificate lines" : "certificate lines " + lines, reason);
      }
      List<Item> candidates = byHs ? sameHs : items;
      String taken = candidates.stream().map(item -> item.sequence() + " (by declared line " + takenBy.get(item.sequence()) + ")")
          .collect(Collectors.joining(", "));
      return Difference.line(line.lineNumber(), null, LINE_PAIRED, "a certificate line of its own", taken.isEmpty() ? "none" : "all taken: " + taken,
          candidates.isEmpty() ? "The certificate has no lines." : "Every certificate line it could pair with is already paired with another declared line.");
    }

    private static BigDecimal gap(Line line, Item item, CertificateOnRecord certificate, MatchingRules rules) {
      if (line.quantity() == null || item.quantity() == null) {
        return BigDecimal.valueOf(Long.MAX_VALUE);
      }
      BigDecimal available = rules.partialShipments() ? item.quantity().subtract(certificate.usedQuantity(item.sequence())) : item.quantity();
      return available.subtract(line.quantity()).abs();
    }

    List<Difference> unpairedBy(MatchRule rule) {
      return unpaired.stream().filter(d -> d.rule() == rule).toList();
    }

    List<Difference> each(Function<Pair, Optional<Difference>> check) {
      return paired.stream().map(check).flatMap(Optional::stream).toList();
    }

    List<LinePair> pairs() {
      return paired.stream().map(p -> new LinePair(p.line().lineNumber(), p.item().sequence())).toList();
    }
  }

  // ---- how values are compared and shown

  /** The first six digits of an HS code written with or without dots and spaces; {@code null} when it has fewer. */
  static String hs6(String hsCode) {
    if (hsCode == null) {
      return null;
    }
    String digits = hsCode.replaceAll("[^0-9]", "");
    return digits.length() < 6 ? null : digits.substring(0, 6);
  }

  private static boolean sameUnit(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }

  /** Identifiers compare without case, spaces and punctuation: {@code TW-12 345} is {@code tw12345}. */
  private static String identifier(String value) {
    return value == null ? "" : value.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
  }

  private static boolean sameIdentifier(String a, String b) {
    return !identifier(a).isEmpty() && identifier(a).equals(identifier(b));
  }

  /** Names compare without case, and with runs of spaces and punctuation counting as one space. */
  private static boolean sameName(String a, String b) {
    return normalName(a).equals(normalName(b));
  }

  private static String normalName(String name) {
    return name.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toUpperCase(Locale.ROOT);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String orNone(String value) {
    return blank(value) ? "none" : value;
  }

  private static String amount(BigDecimal value, String unit) {
    return value == null ? "none" : value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
  }
}
