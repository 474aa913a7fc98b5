/** Goods registered by exporters and approved by chambers before they appear on certificates. */
package org.ecoportal.domain.model.goods;
