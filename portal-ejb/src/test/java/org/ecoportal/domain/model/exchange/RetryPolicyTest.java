package org.ecoportal.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(1));
  private static final Instant QUEUED = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void theWaitDoublesUpToTheCap() {
    assertEquals(Duration.ofSeconds(10), POLICY.delayAfter(0));
    assertEquals(Duration.ofSeconds(10), POLICY.delayAfter(1));
    assertEquals(Duration.ofSeconds(20), POLICY.delayAfter(2));
    assertEquals(Duration.ofSeconds(160), POLICY.delayAfter(5));
    assertEquals(Duration.ofMinutes(5), POLICY.delayAfter(6));
    assertEquals(Duration.ofMinutes(5), POLICY.delayAfter(1_000), "no overflow after many attempts");
    assertEquals(Duration.ofMinutes(5), POLICY.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void theLastAttemptIsAtTheDeadlineAndThenItGivesUp() {
    Instant now = QUEUED.plusSeconds(30);
    assertEquals(Optional.of(now.plusSeconds(20)), POLICY.nextAttempt(2, QUEUED, now));
    Instant late = QUEUED.plus(Duration.ofMinutes(58));
    assertEquals(Optional.of(QUEUED.plus(Duration.ofHours(1))), POLICY.nextAttempt(20, QUEUED, late));
    assertTrue(POLICY.nextAttempt(21, QUEUED, QUEUED.plus(Duration.ofHours(1))).isEmpty());
    assertTrue(POLICY.nextAttempt(1, QUEUED, QUEUED.plus(Duration.ofDays(3))).isEmpty());
  }

  @Test
  void aPolicyNeedsASensibleFirstWaitAndCap() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1)));
  }

  @Test
  void theConfiguredPolicyReadsIsoDurations() {
    System.setProperty("portal.exchange.give-up-after", "PT6H");
    try {
      RetryPolicy configured = RetryPolicy.configured();
      assertEquals(Duration.ofHours(6), configured.giveUpAfter());
      assertEquals(RetryPolicy.DEFAULT.first(), configured.first());
    } finally {
      System.clearProperty("portal.exchange.give-up-after");
    }
  }
}
