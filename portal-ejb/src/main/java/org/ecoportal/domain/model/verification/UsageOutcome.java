package org.ecoportal.domain.model.verification;

/** What the importing customs decided on the preference a certificate supports. */
public enum UsageOutcome {
  PREFERENCE_GRANTED,
  PREFERENCE_REFUSED
}
