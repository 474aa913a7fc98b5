/**
 * Verifying the origin of a certificate and telling the issuing economy what became of it: the
 * importing customs' verification requests and the answers they get, the issuing chamber's copy of
 * each request it answers, and the usage (preference granted or refused) the importing customs
 * reports; with the small documents of the portal's own that carry them across the AS4 channel.
 */
package org.ecoportal.domain.model.verification;
