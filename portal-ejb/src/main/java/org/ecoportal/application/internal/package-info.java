/** Stateless EJB implementations of the use cases: role checks, tenant scoping, transactions. */
package org.ecoportal.application.internal;
