/**
 * The customs officer's request for verification of origin and its answer: the include
 * {@code WEB-INF/includes/origin-verification.xhtml} and the page {@code /customs-officer/verification.xhtml?declaration=}.
 */
package org.ecoportal.interfaces.web.customs.verification;
