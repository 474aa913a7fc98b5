package org.ecoportal.interfaces.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MomentsTest {

  @Test
  void sizesReadAsPeopleSayThem() {
    assertEquals("15 B", Moments.size(15));
    assertEquals("14.6 KB", Moments.size(14_950));
    assertEquals("5.0 MB", Moments.size(5 * 1024 * 1024));
  }
}
