/**
 * Use cases of the portal as the web layer sees them. Implementations in {@code internal} are the
 * transaction and security boundary.
 */
package org.ecoportal.application;
