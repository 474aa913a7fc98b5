/** JPA implementations of the domain repositories, on the portal's PostgreSQL database. */
package org.ecoportal.infrastructure.persistence;
