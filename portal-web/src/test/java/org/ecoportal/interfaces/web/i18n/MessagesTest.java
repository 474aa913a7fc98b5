package org.ecoportal.interfaces.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Translations use only keys of the English bundle (which is the fallback), and translate at least
 * the layout, menu, roles and dashboards.
 */
class MessagesTest {

  private static final String BASE = "/org/ecoportal/interfaces/web/i18n/messages";

  private static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"_ko", "_zh_TW", "_zh_CN"})
  void aTranslationHasNoKeyTheEnglishBundleLacks(String language) throws IOException {
    Properties english = load("");
    TreeSet<String> unknown = new TreeSet<>(load(language).stringPropertyNames());
    unknown.removeAll(english.stringPropertyNames());
    assertEquals(new TreeSet<String>(), unknown, "keys only in " + language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"_ko", "_zh_TW", "_zh_CN"})
  void layoutMenuAndDashboardsAreTranslated(String language) throws IOException {
    Properties english = load("");
    Properties translated = load(language);
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith("menu.") || key.startsWith("dashboard.") || key.startsWith("role.") || key.startsWith("action.")) {
        assertFalse(translated.getProperty(key, "").isBlank(), key + " missing in " + language);
        assertNotEquals(english.getProperty(key), translated.getProperty(key), key + " left in English");
      }
    }
  }
}
