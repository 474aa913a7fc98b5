/** Roles and callers: who may do what in the portal. */
package org.ecoportal.domain.model.identity;
