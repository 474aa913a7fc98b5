/**
 * The portal's AS4 (ebMS 3.0) side, with phase4: the profile its single windows exchange under, the
 * receiving endpoint {@code /as4}, and the sender that delivers the outbox to partners.
 */
package org.ecoportal.interfaces.as4;
