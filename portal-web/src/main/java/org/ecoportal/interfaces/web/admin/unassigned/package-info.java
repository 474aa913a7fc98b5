/** Backing beans of the tenant administrator's queue of received certificates whose consignee is no known importer. */
package org.ecoportal.interfaces.web.admin.unassigned;
