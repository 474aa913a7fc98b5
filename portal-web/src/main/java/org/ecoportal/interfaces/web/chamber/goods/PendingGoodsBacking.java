package org.ecoportal.interfaces.web.chamber.goods;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.GoodsView;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /chamber-officer/goods.xhtml}: goods registrations waiting for a decision. */
@Named("pendingGoods")
@ViewScoped
public class PendingGoodsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ChamberDesk desk;

  private List<GoodsView> rows;
  private String reason;

  public List<GoodsView> getRows() {
    if (rows == null) {
      rows = desk.pendingGoods();
    }
    return rows;
  }

  public void approve(GoodsView goods) {
    try {
      desk.approveGoods(goods.id(), goods.version());
      Messages.info("goods.approved", goods.description());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument() == null ? "" : e.argument());
    }
    rows = null;
  }

  public void reject(GoodsView goods) {
    try {
      desk.rejectGoods(goods.id(), goods.version(), reason);
      Messages.info("goods.rejected", goods.description());
      reason = null;
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument() == null ? "" : e.argument());
    }
    rows = null;
  }

  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
