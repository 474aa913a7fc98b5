package org.ecoportal.domain.model.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.ecoportal.domain.model.application.ApplicationRules;
import org.ecoportal.domain.model.application.FieldProblem;

/**
 * What an export declaration needs before it is recorded, field by field. Pure rules: reference data
 * and the numbers already recorded come in as arguments. The messages take no argument, so that an
 * import can put the row number there.
 */
public final class DeclarationRules {

  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9/-]{0,34}");
  static final int MAX_LINES = 200;

  private DeclarationRules() {}

  /**
   * Everything missing or wrong in a {@linkplain DeclarationData#normalised() normalised} declaration;
   * empty when it may be recorded. {@code numberTaken} says whether the tenant has the number already.
   */
  public static List<FieldProblem> problems(
      DeclarationData data, ApplicationRules.Lookups lookups, LocalDate today, Predicate<String> numberTaken) {
    List<FieldProblem> problems = new ArrayList<>();
    String number = data.declarationNumber();
    if (number == null) {
      problems.add(new FieldProblem("declarationNumber", "declaration.error.required"));
    } else if (!NUMBER.matcher(number).matches()) {
      problems.add(new FieldProblem("declarationNumber", "declaration.error.number"));
    } else if (numberTaken.test(number)) {
      problems.add(new FieldProblem("declarationNumber", "declaration.error.duplicate"));
    }
    tooLong(problems, "clearanceReference", data.clearanceReference(), 35);
    if (data.declaredOn() == null) {
      problems.add(new FieldProblem("declaredOn", "declaration.error.required"));
    } else if (data.declaredOn().isAfter(today)) {
      problems.add(new FieldProblem("declaredOn", "declaration.error.future"));
    }
    text(problems, "exporterIdentifier", data.exporterIdentifier(), 64);
    text(problems, "exporterName", data.exporterName(), 200);
    text(problems, "consigneeName", data.consigneeName(), 200);
    code(problems, "consigneeCountry", data.consigneeCountry(), c -> c.matches("[A-Z]{2}") && lookups.isCountry(c), "declaration.error.country");
    if (data.lines().isEmpty()) {
      problems.add(new FieldProblem("lines", "declaration.error.noLines"));
    } else if (data.lines().size() > MAX_LINES) {
      problems.add(new FieldProblem("lines", "declaration.error.tooManyLines"));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < data.lines().size(); i++) {
      DeclarationLine line = data.lines().get(i);
      String at = "lines[" + i + "].";
      if (line.lineNumber() == null || line.lineNumber() <= 0 || !numbers.add(line.lineNumber())) {
        problems.add(new FieldProblem(at + "lineNumber", "declaration.error.lineNumber"));
      }
      code(problems, at + "hsCode", line.hsCode(), lookups::isHsSubheading, "declaration.error.hsCode");
      text(problems, at + "description", line.description(), 500);
      positive(problems, at + "quantity", line.quantity());
      code(problems, at + "unitCode", line.unitCode(), lookups::isUnit, "declaration.error.unit");
      positive(problems, at + "netWeightKg", line.netWeightKg());
    }
    return problems;
  }

  private static void text(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "declaration.error.required"));
    } else {
      tooLong(problems, field, value, max);
    }
  }

  private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "declaration.error.tooLong"));
    }
  }

  private static void code(List<FieldProblem> problems, String field, String value, Predicate<String> valid, String key) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "declaration.error.required"));
    } else if (!valid.test(value)) {
      problems.add(new FieldProblem(field, key));
    }
  }

  private static void positive(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "declaration.error.required"));
    } else if (value.signum() <= 0) {
      problems.add(new FieldProblem(field, "declaration.error.positive"));
    }
  }
}
