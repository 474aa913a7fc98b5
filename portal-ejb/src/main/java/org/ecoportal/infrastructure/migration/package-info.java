/** Versioned schema migrations (Flyway), run once at start-up. */
package org.ecoportal.infrastructure.migration;
