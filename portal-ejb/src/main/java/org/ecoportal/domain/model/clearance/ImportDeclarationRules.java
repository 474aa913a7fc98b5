package org.ecoportal.domain.model.clearance;

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
 * What an import declaration needs, field by field: a draft only its number (unique in the tenant)
 * and values that fit where they are kept; a submission every field. Pure rules: reference data,
 * today and the numbers already taken come in as arguments. Fields are named as the content names
 * them ({@code declarationNumber}, {@code lines[2].quantity}).
 */
public final class ImportDeclarationRules {

  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,34}");
  private static final Pattern HS = Pattern.compile("\\d{6,10}");
  static final int MAX_LINES = 200;
  private static final int MAX_INVOICES = 1000;
  /** numeric(18,3): three decimals, fifteen digits before the point. */
  private static final int MAX_SCALE = 3;
  private static final int MAX_INTEGER_DIGITS = 15;

  private ImportDeclarationRules() {}

  /** What keeps {@code content} from being saved as a draft; {@code numberTaken} says whether another declaration of the tenant has the number. */
  public static List<FieldProblem> draftProblems(ImportDeclarationContent content, Predicate<String> numberTaken) {
    List<FieldProblem> problems = new ArrayList<>();
    String number = content.declarationNumber();
    if (blank(number)) {
      problems.add(new FieldProblem("declarationNumber", "importDeclaration.error.required"));
    } else if (!NUMBER.matcher(number).matches()) {
      problems.add(new FieldProblem("declarationNumber", "importDeclaration.error.number"));
    } else if (numberTaken.test(number)) {
      problems.add(new FieldProblem("declarationNumber", "importDeclaration.error.duplicate"));
    }
    tooLong(problems, "agreementCode", content.agreementCode(), 16);
    tooLong(problems, "importerIdentifier", content.importerIdentifier(), 64);
    tooLong(problems, "exporterName", content.exporterName(), 200);
    tooLong(problems, "exporterIdentifier", content.exporterIdentifier(), 64);
    if (String.join("\n", content.invoiceReferences()).length() > MAX_INVOICES
        || content.invoiceReferences().stream().anyMatch(i -> i != null && i.contains("\n"))) {
      problems.add(new FieldProblem("invoiceReferences", "importDeclaration.error.tooLong"));
    }
    if (content.lines().size() > MAX_LINES) {
      problems.add(new FieldProblem("lines", "importDeclaration.error.tooManyLines"));
    }
    for (int i = 0; i < content.lines().size(); i++) {
      ImportDeclarationContent.Line line = content.lines().get(i);
      String at = "lines[" + i + "].";
      tooLong(problems, at + "hsCode", line.hsCode(), 12);
      tooLong(problems, at + "description", line.description(), 500);
      tooLong(problems, at + "unitCode", line.unitCode(), 3);
      fits(problems, at + "quantity", line.quantity());
      fits(problems, at + "netWeightKg", line.netWeightKg());
    }
    return problems;
  }

  /**
   * What keeps {@code content} from being submitted on {@code today}: the draft's problems and every
   * field that is missing or wrong. Empty when it may be submitted and matched.
   */
  public static List<FieldProblem> submitProblems(
      ImportDeclarationContent content, ApplicationRules.Lookups lookups, LocalDate today, Predicate<String> numberTaken) {
    List<FieldProblem> problems = draftProblems(content, numberTaken);
    required(problems, "agreementCode", content.agreementCode());
    required(problems, "importerIdentifier", content.importerIdentifier());
    required(problems, "exporterName", content.exporterName());
    if (content.shipmentDate() != null && content.shipmentDate().isAfter(today)) {
      problems.add(new FieldProblem("shipmentDate", "importDeclaration.error.future"));
    }
    if (content.lines().isEmpty()) {
      problems.add(new FieldProblem("lines", "importDeclaration.error.noLines"));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < content.lines().size(); i++) {
      ImportDeclarationContent.Line line = content.lines().get(i);
      String at = "lines[" + i + "].";
      if (line.lineNumber() <= 0 || !numbers.add(line.lineNumber())) {
        problems.add(new FieldProblem(at + "lineNumber", "importDeclaration.error.lineNumber"));
      }
      String hs = line.hsCode() == null ? null : line.hsCode().replaceAll("[.\\s]", "");
      if (blank(hs)) {
        problems.add(new FieldProblem(at + "hsCode", "importDeclaration.error.required"));
      } else if (!HS.matcher(hs).matches() || !lookups.isHsSubheading(hs.substring(0, 6))) {
        problems.add(new FieldProblem(at + "hsCode", "importDeclaration.error.hsCode"));
      }
      required(problems, at + "description", line.description());
      if (line.quantity() == null) {
        problems.add(new FieldProblem(at + "quantity", "importDeclaration.error.required"));
      } else if (line.quantity().signum() <= 0) {
        problems.add(new FieldProblem(at + "quantity", "importDeclaration.error.positive"));
      }
      if (blank(line.unitCode())) {
        problems.add(new FieldProblem(at + "unitCode", "importDeclaration.error.required"));
      } else if (!lookups.isUnit(line.unitCode())) {
        problems.add(new FieldProblem(at + "unitCode", "importDeclaration.error.unit"));
      }
      if (line.netWeightKg() == null) {
        problems.add(new FieldProblem(at + "netWeightKg", "importDeclaration.error.required"));
      } else if (line.netWeightKg().signum() < 0) {
        problems.add(new FieldProblem(at + "netWeightKg", "importDeclaration.error.negative"));
      }
    }
    return problems;
  }

  private static void required(List<FieldProblem> problems, String field, String value) {
    if (blank(value) && problems.stream().noneMatch(p -> p.field().equals(field))) {
      problems.add(new FieldProblem(field, "importDeclaration.error.required"));
    }
  }

  private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "importDeclaration.error.tooLong"));
    }
  }

  private static void fits(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value != null && (value.stripTrailingZeros().scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS)) {
      problems.add(new FieldProblem(field, "importDeclaration.error.amount"));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
