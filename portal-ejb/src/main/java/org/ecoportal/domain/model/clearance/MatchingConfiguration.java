package org.ecoportal.domain.model.clearance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One tenant's matching rules: its defaults, and the agreements that differ from them. An agreement
 * not configured is matched by the tenant's defaults.
 *
 * <p>Read from text such as a tenant file, one {@code key = value} a line, {@code #} starting a
 * comment. The keys set the tenant's defaults; the same keys after {@code agreement.<CODE>.} set
 * what differs under that agreement, starting from the tenant's defaults wherever they stand in
 * the text:
 *
 * <pre>
 * quantity.tolerance.percent = 5
 * quantity.tolerance.absolute = 0
 * weight.tolerance.percent = 5
 * weight.tolerance.absolute = 0
 * validity.days = 365
 * partial.shipments = false
 * rules.off = INVOICE_MATCHES, LINE_WEIGHT
 * agreement.RCEP.validity.days = 365
 * agreement.RCEP.rules.off =
 * </pre>
 *
 * An agreement's {@code rules.off} replaces the tenant's list (empty: every rule on).
 */
public record MatchingConfiguration(MatchingRules defaults, Map<String, MatchingRules> agreements) {

  public static final MatchingConfiguration DEFAULT = new MatchingConfiguration(MatchingRules.DEFAULT, Map.of());

  private static final String AGREEMENT_PREFIX = "agreement.";

  private static final List<String> KEYS = List.of(
      "quantity.tolerance.percent",
      "quantity.tolerance.absolute",
      "weight.tolerance.percent",
      "weight.tolerance.absolute",
      "validity.days",
      "partial.shipments",
      "rules.off");

  public MatchingConfiguration {
    Objects.requireNonNull(defaults, "defaults");
    Map<String, MatchingRules> byCode = new HashMap<>();
    agreements.forEach((code, rules) -> byCode.put(code.toUpperCase(Locale.ROOT), Objects.requireNonNull(rules, code)));
    agreements = Map.copyOf(byCode);
  }

  /** The rules for declarations under {@code agreementCode} (case does not matter; {@code null}: the defaults). */
  public MatchingRules rulesFor(String agreementCode) {
    return agreementCode == null ? defaults : agreements.getOrDefault(agreementCode.toUpperCase(Locale.ROOT), defaults);
  }

  public MatchingConfiguration withAgreement(String agreementCode, MatchingRules rules) {
    Map<String, MatchingRules> all = new HashMap<>(agreements);
    all.put(agreementCode, rules);
    return new MatchingConfiguration(defaults, all);
  }

  /** A configuration file that cannot be read; {@link #problems()} says what is wrong, line by line. */
  public static final class InvalidConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidConfigurationException(List<String> problems) {
      super("Matching configuration is not valid: " + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private record Setting(int line, String key, String value) {}

  /** What is wrong on one line; problems are reported in line order. */
  private record Problem(int line, String message) {

    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  /**
   * Reads a configuration (see the class description).
   *
   * @throws InvalidConfigurationException naming every line that is wrong and why
   */
  public static MatchingConfiguration parse(String text) {
    List<Problem> problems = new ArrayList<>();
    List<Setting> tenant = new ArrayList<>();
    Map<String, List<Setting>> byAgreement = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        problems.add(new Problem(lineNumber, "expected 'key = value', found '" + line + "'"));
        continue;
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      Integer earlier = seen.putIfAbsent(key, lineNumber);
      if (earlier != null) {
        problems.add(new Problem(lineNumber, "'" + key + "' is already set on line " + earlier));
        continue;
      }
      if (key.startsWith(AGREEMENT_PREFIX)) {
        String rest = key.substring(AGREEMENT_PREFIX.length());
        int dot = rest.indexOf('.');
        String code = dot < 0 ? "" : rest.substring(0, dot);
        String setting = dot < 0 ? "" : rest.substring(dot + 1);
        if (code.isEmpty() || !KEYS.contains(setting)) {
          problems.add(new Problem(lineNumber, "'" + key + "' is not 'agreement.<CODE>.' followed by one of " + KEYS));
          continue;
        }
        byAgreement.computeIfAbsent(code.toUpperCase(Locale.ROOT), c -> new ArrayList<>()).add(new Setting(lineNumber, setting, value));
      } else if (KEYS.contains(key)) {
        tenant.add(new Setting(lineNumber, key, value));
      } else {
        problems.add(new Problem(lineNumber, "unknown key '" + key + "'; known keys are " + KEYS + ", also after 'agreement.<CODE>.'"));
      }
    }
    MatchingRules defaults = applyAll(MatchingRules.DEFAULT, tenant, problems);
    Map<String, MatchingRules> agreements = new HashMap<>();
    byAgreement.forEach((code, settings) -> agreements.put(code, applyAll(defaults, settings, problems)));
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line));
      throw new InvalidConfigurationException(problems.stream().map(Problem::toString).toList());
    }
    return new MatchingConfiguration(defaults, agreements);
  }

  private static MatchingRules applyAll(MatchingRules base, List<Setting> settings, List<Problem> problems) {
    MatchingRules rules = base;
    for (Setting setting : settings) {
      try {
        rules = apply(rules, setting.key(), setting.value());
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(setting.line(), "'" + setting.key() + "' " + e.getMessage()));
      }
    }
    return rules;
  }

  private static MatchingRules apply(MatchingRules rules, String key, String value) {
    switch (key) {
      case "quantity.tolerance.percent":
        return rules.withQuantityTolerance(rules.quantityTolerance().withPercent(amount(value)));
      case "quantity.tolerance.absolute":
        return rules.withQuantityTolerance(rules.quantityTolerance().withAbsolute(amount(value)));
      case "weight.tolerance.percent":
        return rules.withWeightTolerance(rules.weightTolerance().withPercent(amount(value)));
      case "weight.tolerance.absolute":
        return rules.withWeightTolerance(rules.weightTolerance().withAbsolute(amount(value)));
      case "validity.days":
        return rules.withValidityDays(days(value));
      case "partial.shipments":
        return rules.withPartialShipments(yesOrNo(value));
      case "rules.off":
        return rules.switchingOff(ruleCodes(value));
      default:
        throw new IllegalStateException("Key listed but not applied: " + key);
    }
  }

  private static BigDecimal amount(String value) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number such as 5 or 2.5, was '" + value + "'");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("must not be negative, was " + value);
    }
    return amount;
  }

  private static int days(String value) {
    int days;
    try {
      days = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number of days, was '" + value + "'");
    }
    if (days < 1 || days > MatchingRules.MAX_VALIDITY_DAYS) {
      throw new IllegalArgumentException("must be 1 to " + MatchingRules.MAX_VALIDITY_DAYS + " days, was " + days);
    }
    return days;
  }

  private static boolean yesOrNo(String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("must be true or false, was '" + value + "'");
  }

  private static Set<MatchRule> ruleCodes(String value) {
    Set<MatchRule> rules = EnumSet.noneOf(MatchRule.class);
    List<String> unknown = new ArrayList<>();
    for (String code : value.split(",")) {
      String trimmed = code.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        rules.add(MatchRule.valueOf(trimmed.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        unknown.add(trimmed);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("names unknown rules " + unknown + "; rules are " + List.of(MatchRule.values()));
    }
    if (rules.contains(MatchRule.CERTIFICATE_EXISTS)) {
      throw new IllegalArgumentException("cannot switch off CERTIFICATE_EXISTS: nothing can be matched without the certificate");
    }
    return rules;
  }
}
