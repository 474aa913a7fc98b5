/** The economies served by the portal: one tenant per economy, each isolated from the others. */
package org.ecoportal.domain.model.tenant;
