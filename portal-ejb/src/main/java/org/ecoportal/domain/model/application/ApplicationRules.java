package org.ecoportal.domain.model.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What an application needs before it can be submitted, field by field. Pure rules: lookups of
 * reference data (HS codes, ports, agreements) come in through {@link Lookups}.
 */
public final class ApplicationRules {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  static final int MAX_ITEMS = 200;

  /** Reference data the rules consult. */
  public interface Lookups {
    boolean isHsSubheading(String code);

    boolean isCountry(String alpha2);

    boolean isLocation(String unlocode);

    boolean isUnit(String code);

    boolean isAgreement(String code, String exportCountry, String importCountry);

    boolean isCriterionAllowed(String agreementCode, String criterion);
  }

  private ApplicationRules() {}

  /** Problems that keep the data from being saved at all, even as a draft (lengths, formats). */
  public static List<FieldProblem> draftProblems(ApplicationData data) {
    List<FieldProblem> problems = new ArrayList<>();
    tooLong(problems, "consigneeName", data.consigneeName(), 200);
    tooLong(problems, "consigneeAddress", data.consigneeAddress(), 500);
    tooLong(problems, "consigneeIdentifier", data.consigneeIdentifier(), 64);
    tooLong(problems, "exportDeclarationNumber", data.exportDeclarationNumber(), 35);
    tooLong(problems, "producerName", data.producerName(), 200);
    tooLong(problems, "transportMeans", data.transportMeans(), 100);
    tooLong(problems, "remarks", data.remarks(), 2000);
    if (data.items().size() > MAX_ITEMS) {
      problems.add(new FieldProblem("items", "application.error.tooManyItems", Integer.toString(MAX_ITEMS)));
    }
    for (int i = 0; i < data.items().size(); i++) {
      ItemLine item = data.items().get(i);
      String at = "items[" + i + "].";
      tooLong(problems, at + "description", item.description(), 500);
      tooLong(problems, at + "marks", item.marks(), 200);
      tooLong(problems, at + "invoiceNumber", item.invoiceNumber(), 64);
      if (item.hsCode() != null && !item.hsCode().matches("\\d{6}")) {
        problems.add(new FieldProblem(at + "hsCode", "application.error.hsFormat"));
      }
    }
    return problems;
  }

  /** Everything missing or wrong for a submission; empty when the application may be submitted. */
  public static List<FieldProblem> submissionProblems(ApplicationData data, String exportCountry, Lookups lookups, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>(draftProblems(data));
    if (data.chamberId() == null) {
      problems.add(new FieldProblem("chamberId", "application.error.required"));
    }
    required(problems, "consigneeName", data.consigneeName());
    required(problems, "consigneeAddress", data.consigneeAddress());
    checked(problems, "consigneeCountry", data.consigneeCountry(), c -> COUNTRY.matcher(c).matches() && lookups.isCountry(c), "application.error.country");
    if (data.consigneeCountry() != null && data.consigneeCountry().equals(exportCountry)) {
      problems.add(new FieldProblem("consigneeCountry", "application.error.sameCountry"));
    }
    required(problems, "consigneeIdentifier", data.consigneeIdentifier());
    required(problems, "producerName", data.producerName());
    checked(
        problems,
        "agreementCode",
        data.agreementCode(),
        a -> lookups.isAgreement(a, exportCountry, data.consigneeCountry()),
        "application.error.agreement");
    required(problems, "transportMeans", data.transportMeans());
    if (data.departureDate() == null) {
      problems.add(new FieldProblem("departureDate", "application.error.required"));
    } else if (data.departureDate().isBefore(today.minusYears(1))) {
      problems.add(new FieldProblem("departureDate", "application.error.departureTooOld"));
    }
    checked(problems, "loadingPort", data.loadingPort(), p -> LOCODE.matcher(p).matches() && lookups.isLocation(p) && p.startsWith(exportCountry), "application.error.loadingPort");
    checked(
        problems,
        "dischargePort",
        data.dischargePort(),
        p -> LOCODE.matcher(p).matches() && lookups.isLocation(p) && (data.consigneeCountry() == null || p.startsWith(data.consigneeCountry())),
        "application.error.dischargePort");
    if (data.transitCountry() != null
        && (!COUNTRY.matcher(data.transitCountry()).matches() || !lookups.isCountry(data.transitCountry())
            || data.transitCountry().equals(exportCountry) || data.transitCountry().equals(data.consigneeCountry()))) {
      problems.add(new FieldProblem("transitCountry", "application.error.transitCountry"));
    }
    if (data.items().isEmpty()) {
      problems.add(new FieldProblem("items", "application.error.noItems"));
    }
    for (int i = 0; i < data.items().size(); i++) {
      itemProblems(problems, "items[" + i + "].", data.items().get(i), data.agreementCode(), lookups);
    }
    return problems;
  }

  private static void itemProblems(List<FieldProblem> problems, String at, ItemLine item, String agreement, Lookups lookups) {
    checked(problems, at + "hsCode", item.hsCode(), lookups::isHsSubheading, "application.error.hsUnknown");
    required(problems, at + "description", item.description());
    positive(problems, at + "quantity", item.quantity());
    checked(problems, at + "unitCode", item.unitCode(), lookups::isUnit, "application.error.unit");
    positive(problems, at + "grossWeightKg", item.grossWeightKg());
    if (item.netWeightKg() != null && item.grossWeightKg() != null && item.netWeightKg().compareTo(item.grossWeightKg()) > 0) {
      problems.add(new FieldProblem(at + "netWeightKg", "application.error.netAboveGross"));
    }
    if (item.packageCount() == null || item.packageCount() <= 0) {
      problems.add(new FieldProblem(at + "packageCount", "application.error.positive"));
    }
    checked(
        problems,
        at + "originCriterion",
        item.originCriterion(),
        c -> agreement == null || lookups.isCriterionAllowed(agreement, c),
        "application.error.criterion");
    required(problems, at + "invoiceNumber", item.invoiceNumber());
    if (item.invoiceDate() == null) {
      problems.add(new FieldProblem(at + "invoiceDate", "application.error.required"));
    }
    positive(problems, at + "invoiceValue", item.invoiceValue());
    checked(problems, at + "currency", item.currency(), c -> CURRENCY.matcher(c).matches(), "application.error.currency");
  }

  private static void required(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "application.error.required"));
    }
  }

  private static void checked(List<FieldProblem> problems, String field, String value, Predicate<String> valid, String key) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "application.error.required"));
    } else if (!valid.test(value)) {
      problems.add(new FieldProblem(field, key, value));
    }
  }

  private static void positive(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "application.error.required"));
    } else if (value.signum() <= 0) {
      problems.add(new FieldProblem(field, "application.error.positive"));
    }
  }

  private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "application.error.tooLong", Integer.toString(max)));
    }
  }
}
