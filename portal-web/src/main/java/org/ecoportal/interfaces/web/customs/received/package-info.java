/** Backing beans of the customs officer's received certificates: what partner economies delivered, listed and shown one by one. */
package org.ecoportal.interfaces.web.customs.received;
