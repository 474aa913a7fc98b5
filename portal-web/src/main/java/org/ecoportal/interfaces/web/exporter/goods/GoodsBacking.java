package org.ecoportal.interfaces.web.exporter.goods;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ecoportal.application.ExporterApplications;
import org.ecoportal.application.GoodsView;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /exporter/goods.xhtml}: the exporter's registered goods and registering more. */
@Named("exporterGoods")
@ViewScoped
public class GoodsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExporterApplications applications;

  private List<GoodsView> rows;
  private String description;
  private String hsCode;
  private String originCriterion;
  private String producerName;

  public List<GoodsView> getRows() {
    if (rows == null) {
      rows = applications.goods();
    }
    return rows;
  }

  public void register() {
    try {
      GoodsView added = applications.registerGoods(description, hsCode, originCriterion, producerName);
      Messages.info("goods.registered", added.description());
      description = null;
      hsCode = null;
      originCriterion = null;
      producerName = null;
      rows = null;
    } catch (InvalidInputException e) {
      Messages.problems("goods", e.problems());
    }
  }

  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public String getHsCode() { return hsCode; }
  public void setHsCode(String v) { hsCode = v; }
  public String getOriginCriterion() { return originCriterion; }
  public void setOriginCriterion(String v) { originCriterion = v; }
  public String getProducerName() { return producerName; }
  public void setProducerName(String v) { producerName = v; }
}
