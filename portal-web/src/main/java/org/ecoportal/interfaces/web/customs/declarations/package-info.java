/** Backing beans of the customs officer's screens under {@code /customs-officer}: export declarations, listed, typed and imported. */
package org.ecoportal.interfaces.web.customs.declarations;
