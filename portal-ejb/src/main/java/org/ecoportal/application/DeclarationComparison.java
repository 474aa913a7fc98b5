package org.ecoportal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;
import org.ecoportal.domain.model.declaration.DeclarationData;
import org.ecoportal.domain.model.declaration.DeclarationLine;

/**
 * The export declaration an application quotes, beside the application: where the two disagree on
 * the consignee or the goods, line by line.
 */
public record DeclarationComparison(DeclarationView declaration, List<Difference> differences) implements Serializable {

  public DeclarationComparison {
    differences = List.copyOf(differences);
  }

  /**
   * One disagreement. {@code field} is {@code consigneeName}, {@code consigneeCountry}, or
   * {@code lines[i].hsCode}, {@code lines[i].quantity}, {@code lines[i].netWeightKg} for the goods
   * line at position {@code i}, or {@code lines[i]} for a line only one side has (the other value
   * is then null).
   */
  public record Difference(String field, String applicationValue, String declarationValue) implements Serializable {

    /** The goods line it concerns, counted from 1; null for the consignee. */
    public Integer line() {
      return field.startsWith("lines[") ? Integer.parseInt(field.substring(6, field.indexOf(']'))) + 1 : null;
    }

    /** What differs, without the line: {@code consigneeName}, {@code hsCode}, …, or {@code line}. */
    public String name() {
      if (!field.startsWith("lines[")) {
        return field;
      }
      int dot = field.indexOf("].");
      return dot < 0 ? "line" : field.substring(dot + 2);
    }
  }

  /** Compares what the application states with what customs recorded. */
  public static DeclarationComparison of(DeclarationView declaration, ApplicationData application) {
    DeclarationData declared = declaration.data();
    List<Difference> differences = new ArrayList<>();
    if (!Objects.equals(folded(application.consigneeName()), folded(declared.consigneeName()))) {
      differences.add(new Difference("consigneeName", application.consigneeName(), declared.consigneeName()));
    }
    if (!Objects.equals(folded(application.consigneeCountry()), folded(declared.consigneeCountry()))) {
      differences.add(new Difference("consigneeCountry", application.consigneeCountry(), declared.consigneeCountry()));
    }
    List<ItemLine> items = application.items();
    List<DeclarationLine> lines = declared.lines();
    for (int i = 0; i < Math.max(items.size(), lines.size()); i++) {
      String at = "lines[" + i + "]";
      if (i >= lines.size()) {
        differences.add(new Difference(at, summary(items.get(i)), null));
      } else if (i >= items.size()) {
        differences.add(new Difference(at, null, summary(lines.get(i))));
      } else {
        compareLine(differences, at + ".", items.get(i), lines.get(i));
      }
    }
    return new DeclarationComparison(declaration, differences);
  }

  private static void compareLine(List<Difference> differences, String at, ItemLine item, DeclarationLine line) {
    if (!Objects.equals(folded(item.hsCode()), folded(line.hsCode()))) {
      differences.add(new Difference(at + "hsCode", item.hsCode(), line.hsCode()));
    }
    if (!sameAmount(item.quantity(), line.quantity()) || !Objects.equals(folded(item.unitCode()), folded(line.unitCode()))) {
      differences.add(new Difference(at + "quantity", amount(item.quantity(), item.unitCode()), amount(line.quantity(), line.unitCode())));
    }
    if (!sameAmount(item.netWeightKg(), line.netWeightKg())) {
      differences.add(new Difference(at + "netWeightKg", amount(item.netWeightKg(), "kg"), amount(line.netWeightKg(), "kg")));
    }
  }

  /** Lower case with runs of white space as one space, so that typing habits do not count as a difference. */
  private static String folded(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String amount(BigDecimal value, String unit) {
    if (value == null) {
      return unit;
    }
    String plain = value.stripTrailingZeros().toPlainString();
    return unit == null ? plain : plain + " " + unit;
  }

  private static String summary(ItemLine item) {
    return item.hsCode() + " · " + amount(item.quantity(), item.unitCode());
  }

  private static String summary(DeclarationLine line) {
    return line.hsCode() + " · " + amount(line.quantity(), line.unitCode());
  }
}
