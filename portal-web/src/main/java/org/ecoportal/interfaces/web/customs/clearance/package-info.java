/** Backing beans of the customs officer's clearance: the queue of submitted import declarations, one declaration beside its certificate with the decisions on it, and the clearance figures. */
package org.ecoportal.interfaces.web.customs.clearance;
