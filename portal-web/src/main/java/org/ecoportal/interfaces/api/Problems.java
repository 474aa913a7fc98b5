package org.ecoportal.interfaces.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ecoportal.domain.model.application.FieldProblem;

/**
 * The API's error answers: always JSON, always saying what is wrong and, for input, which field.
 *
 * <pre>{"status":422,"title":"…","problems":[{"field":"items[0].hsCode","code":"application.error.hsUnknown","message":"…"}]}</pre>
 */
public final class Problems {

  private static final String BUNDLE = "org.ecoportal.interfaces.web.i18n.messages";

  /** One problem of the request. */
  public record Problem(String field, String code, String message) {}

  /** The body of every error answer. */
  public record Body(int status, String title, List<Problem> problems) {}

  private Problems() {}

  /** Unprocessable content: the request was read but its fields are wrong. */
  static final int INVALID = 422;

  static Response answer(int status, String title, List<Problem> problems) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Body(status, title, problems)).build();
  }

  static Response answer(Response.Status status, String title) {
    return answer(status.getStatusCode(), title, List.of());
  }

  /** The problems with the portal's wording, in English (the API's language). */
  static List<Problem> of(List<FieldProblem> problems) {
    return problems.stream().map(p -> new Problem(p.field(), p.messageKey(), text(p.messageKey(), p.argument()))).toList();
  }

  static String text(String key, String argument) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
      return argument == null ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {argument});
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
