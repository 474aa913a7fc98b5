/** Goods registrations the chamber approves or rejects. */
package org.ecoportal.interfaces.web.chamber.goods;
