/**
 * Exchange with partner economies: the partners a tenant sends its certificates to, and the
 * outbox of messages to deliver to them with their delivery state and retry rules.
 */
package org.ecoportal.domain.model.exchange;
