package org.ecoportal.domain.model.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two states of an application, field by field, as its history shows it:
 * {@code consigneeName: Auckland Foods → Auckland Fine Foods; items[0].quantity: 800 → 750}.
 */
public final class ApplicationChanges {

  /** History details hold 2000 characters; this leaves room for what precedes the changes. */
  static final int MAX_LENGTH = 1800;

  private ApplicationChanges() {}

  /** The changes, or {@code null} when nothing changed. */
  public static String between(ApplicationData before, ApplicationData after) {
    List<String> changes = new ArrayList<>();
    compare("", before, after, changes);
    int lines = Math.max(before.items().size(), after.items().size());
    for (int i = 0; i < lines; i++) {
      ItemLine was = i < before.items().size() ? before.items().get(i) : null;
      ItemLine now = i < after.items().size() ? after.items().get(i) : null;
      if (was == null) {
        changes.add("items[" + i + "]: added");
      } else if (now == null) {
        changes.add("items[" + i + "]: removed");
      } else {
        compare("items[" + i + "].", was, now, changes);
      }
    }
    if (changes.isEmpty()) {
      return null;
    }
    String text = String.join("; ", changes);
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static void compare(String prefix, Record before, Record after, List<String> changes) {
    for (RecordComponent component : before.getClass().getRecordComponents()) {
      if (component.getType() == List.class) {
        continue;
      }
      Object was = value(component, before);
      Object now = value(component, after);
      if (!same(was, now)) {
        changes.add(prefix + component.getName() + ": " + shown(was) + " → " + shown(now));
      }
    }
  }

  private static boolean same(Object was, Object now) {
    if (was instanceof BigDecimal a && now instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    if (was instanceof String a && now instanceof String b) {
      return a.strip().equals(b.strip());
    }
    return Objects.equals(blankAsNull(was), blankAsNull(now));
  }

  private static Object blankAsNull(Object value) {
    return value instanceof String s && s.isBlank() ? null : value;
  }

  private static String shown(Object value) {
    Object v = blankAsNull(value);
    return v == null ? "–" : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }
}
