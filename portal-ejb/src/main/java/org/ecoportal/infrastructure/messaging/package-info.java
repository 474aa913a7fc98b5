/** The workflow's asynchronous steps over the embedded message broker (queue PortalWorkflow). */
package org.ecoportal.infrastructure.messaging;
