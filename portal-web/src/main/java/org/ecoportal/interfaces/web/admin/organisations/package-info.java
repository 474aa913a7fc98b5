/** The tenant administrator's list of organisations. */
package org.ecoportal.interfaces.web.admin.organisations;
