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

/** Every translation has every text of the English bundle, and translates at least the layout, menu, roles and dashboards. */
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
  void aTranslationHasExactlyTheEnglishKeys(String language) throws IOException {
    Properties english = load("");
    Properties translated = load(language);
    assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()));
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
