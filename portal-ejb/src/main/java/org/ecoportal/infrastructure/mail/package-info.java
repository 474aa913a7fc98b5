/** Mail the portal sends to its users, through the server's mail session. */
package org.ecoportal.infrastructure.mail;
