/** Organisations taking part in the single window and the users who act for them. */
package org.ecoportal.domain.model.organisation;
