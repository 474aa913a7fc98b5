package org.ecoportal.domain.model.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a message again: the wait doubles after every attempt, from {@code first} up to
 * {@code cap}, until {@code giveUpAfter} has passed since the message was queued; then it fails
 * and people are told. The last attempt is made at the deadline itself.
 */
public record RetryPolicy(Duration first, Duration cap, Duration giveUpAfter) {

  /** Defaults: 30 seconds, doubling up to 30 minutes, giving up after two days. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofDays(2));

  public RetryPolicy {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || giveUpAfter.isNegative()) {
      throw new IllegalArgumentException("Retry policy needs 0 < first <= cap and a deadline not negative");
    }
  }

  /**
   * The policy configured by system properties {@code portal.exchange.retry-first},
   * {@code portal.exchange.retry-cap} and {@code portal.exchange.give-up-after} (ISO-8601
   * durations such as {@code PT30S}, {@code PT30M}, {@code P2D}); each missing one is the default.
   */
  public static RetryPolicy configured() {
    return new RetryPolicy(
        duration("portal.exchange.retry-first", DEFAULT.first),
        duration("portal.exchange.retry-cap", DEFAULT.cap),
        duration("portal.exchange.give-up-after", DEFAULT.giveUpAfter));
  }

  private static Duration duration(String property, Duration fallback) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? fallback : Duration.parse(value.strip());
  }

  /** The wait after {@code attempts} attempts (1 → first, 2 → twice that, …, never more than cap). */
  public Duration delayAfter(int attempts) {
    if (attempts <= 1) {
      return first;
    }
    int doublings = Math.min(attempts - 1, 62);
    long capMillis = cap.toMillis();
    long firstMillis = first.toMillis();
    // first × 2^doublings, without overflowing
    if (doublings >= Long.numberOfLeadingZeros(firstMillis) - 1 || (firstMillis << doublings) >= capMillis) {
      return cap;
    }
    return Duration.ofMillis(firstMillis << doublings);
  }

  /** When a message queued at {@code queuedAt} is tried next after its {@code attempts}th attempt; empty: give up. */
  public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now) {
    Instant deadline = queuedAt.plus(giveUpAfter);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    Instant next = now.plus(delayAfter(attempts));
    return Optional.of(next.isAfter(deadline) ? deadline : next);
  }
}
