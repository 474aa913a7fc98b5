/** The tenant administrator's view of the exchange with partner economies. */
package org.ecoportal.interfaces.web.admin.exchange;
