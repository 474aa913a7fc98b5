/** The chamber officer's queue of applications and the review screen where decisions are made. */
package org.ecoportal.interfaces.web.chamber.queue;
