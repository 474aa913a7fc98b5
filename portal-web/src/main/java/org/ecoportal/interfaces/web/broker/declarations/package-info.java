/** The customs broker's import declarations: the form pre-filled from the certificate, the list, the match result. */
package org.ecoportal.interfaces.web.broker.declarations;
