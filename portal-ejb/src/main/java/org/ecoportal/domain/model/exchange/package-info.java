/**
 * Exchange with partner economies: the partners a tenant sends its certificates to, the outbox of
 * messages to deliver to them with their delivery state and retry rules, and what partners sent.
 */
package org.ecoportal.domain.model.exchange;
