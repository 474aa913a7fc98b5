package org.ecoportal.interfaces.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoportal.domain.model.application.FieldProblem;

/** Puts texts of the portal's bundle on the page: global messages and per-field problems. */
public final class Messages {

  /** A field of a row of a table on the page: {@code table[row].field}. */
  private static final Pattern TABLE_FIELD = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(.+))?");

  private Messages() {}

  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * One message per problem, on the field it names ({@code items[2].hsCode} → the HS code of the
   * third line in table {@code items}; likewise {@code lines[2].hsCode} in table {@code lines}), plus
   * a summary at the top of the page.
   */
  public static void problems(String formId, List<FieldProblem> problems) {
    FacesContext context = FacesContext.getCurrentInstance();
    for (FieldProblem problem : problems) {
      String text = text(problem.messageKey(), problem.argument() == null ? "" : problem.argument());
      String clientId = clientId(formId, problem.field());
      // A problem of no field on the page (e.g. who may submit) is shown at the top.
      boolean onPage = TABLE_FIELD.matcher(problem.field()).matches() || context.getViewRoot().findComponent(":" + clientId) != null;
      context.addMessage(onPage ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    add(null, FacesMessage.SEVERITY_ERROR, text("form.problems", problems.size()));
    context.validationFailed();
  }

  static String clientId(String formId, String field) {
    Matcher row = TABLE_FIELD.matcher(field);
    if (row.matches()) {
      String table = formId + ":" + row.group(1);
      return row.group(3) == null ? table : table + ":" + row.group(2) + ":" + row.group(3);
    }
    return formId + ":" + field;
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
