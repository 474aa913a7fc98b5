package org.ecoportal.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

class ExchangeMessageTest {

  private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(1));
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private static ExchangeMessage queued() {
    Partner tw = new Partner(Tenant.KR, "TW", "Taiwan single window", "https://sw.example.tw/as4", "eco-tw", EnumSet.allOf(ExchangeKind.class));
    return new ExchangeMessage(tw, UUID.randomUUID(), ExchangeKind.ISSUED, null, "<CertificateOfOrigin/>".getBytes(StandardCharsets.UTF_8), T0);
  }

  @Test
  void aMessageKeepsItsIdAcrossFailedAttemptsUntilItIsDelivered() {
    ExchangeMessage message = queued();
    String id = message.messageId();
    assertEquals(ExchangeStatus.QUEUED, message.status());
    assertEquals(T0, message.nextAttemptAt());

    message.claim("node-a", T0, Duration.ofMinutes(1));
    assertTrue(message.claimedBy("node-a", T0.plusSeconds(59)));
    assertFalse(message.claimedBy("node-b", T0));
    assertFalse(message.claimedBy("node-a", T0.plusSeconds(60)), "the lease runs out");
    message.attemptFailed("Connection refused", T0.plusSeconds(1), POLICY);
    assertEquals(ExchangeStatus.QUEUED, message.status());
    assertEquals(1, message.attempts());
    assertEquals("Connection refused", message.lastError());
    assertEquals(T0.plusSeconds(11), message.nextAttemptAt());
    assertNull(message.claimedBy(), "the claim is released");

    message.sent(T0.plusSeconds(12), POLICY);
    assertEquals(ExchangeStatus.SENT, message.status());
    assertNull(message.lastError());
    message.delivered("<Receipt/>".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(13));
    assertEquals(ExchangeStatus.DELIVERED, message.status());
    assertEquals(2, message.attempts());
    assertArrayEquals("<Receipt/>".getBytes(StandardCharsets.UTF_8), message.receipt().orElseThrow());
    assertEquals(id, message.messageId());
    assertThrows(IllegalStateException.class, () -> message.attemptFailed("late", T0.plusSeconds(14), POLICY));
  }

  @Test
  void afterTheDeadlineAFailedAttemptFailsTheMessageWithTheReason() {
    ExchangeMessage message = queued();
    message.attemptFailed("HTTP 503 from partner", T0.plus(Duration.ofHours(1)), POLICY);
    assertEquals(ExchangeStatus.FAILED, message.status());
    assertEquals("HTTP 503 from partner", message.lastError());
    ExchangeMessage verbose = queued();
    verbose.attemptFailed("x".repeat(5000), T0, POLICY);
    assertEquals(2000, verbose.lastError().length(), "the reason fits its column");
  }

  @Test
  void aFailedMessageSentAgainIsQueuedWithItsIdAndANewDeadline() {
    ExchangeMessage message = queued();
    String id = message.messageId();
    assertThrows(IllegalStateException.class, () -> message.resend("admin", T0), "only a failed message is sent again");
    message.attemptFailed("HTTP 503 from partner", T0.plus(Duration.ofHours(1)), POLICY);
    Instant later = T0.plus(Duration.ofHours(5));
    message.resend("admin", later);
    assertEquals(ExchangeStatus.QUEUED, message.status());
    assertEquals(id, message.messageId());
    assertEquals(later, message.nextAttemptAt());
    assertEquals("admin", message.resentBy());
    message.attemptFailed("HTTP 503 again", later.plus(Duration.ofMinutes(1)), POLICY);
    assertEquals(ExchangeStatus.QUEUED, message.status(), "the deadline counts from the resend, not from the first queueing");
  }
}
