package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import org.ecoportal.application.DeclarationView;
import org.ecoportal.application.ExportDeclarations;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.ApplicationRules;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.declaration.DeclarationCsv;
import org.ecoportal.domain.model.declaration.DeclarationData;
import org.ecoportal.domain.model.declaration.DeclarationRules;
import org.ecoportal.domain.model.declaration.ExportDeclaration;
import org.ecoportal.domain.model.declaration.ExportDeclarationRepository;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;

@Stateless
@RolesAllowed(Role.Names.CUSTOMS_OFFICER)
public class ExportDeclarationsBean implements ExportDeclarations {

  private static final Logger LOG = Logger.getLogger(ExportDeclarationsBean.class.getName());

  @Resource private SessionContext context;
  @Inject private Workplaces workplaces;
  @Inject private ExportDeclarationRepository declarations;
  @Inject private ApplicationRules.Lookups lookups;
  @Inject private ApplicationViews views;

  private Workplace officer() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.CUSTOMS);
  }

  @Override
  public DeclarationView record(DeclarationData data) {
    return store(data, ExportDeclaration.Channel.SCREEN);
  }

  @Override
  public DeclarationView receive(DeclarationData data) {
    return store(data, ExportDeclaration.Channel.API);
  }

  private DeclarationView store(DeclarationData data, ExportDeclaration.Channel channel) {
    Workplace w = officer();
    DeclarationData tidy = data.normalised();
    List<FieldProblem> problems = rules(w).apply(tidy);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ExportDeclaration declaration = new ExportDeclaration(w.caller(), tidy, channel, views.now());
    declarations.addAll(List.of(declaration));
    LOG.info(() -> "Recorded export declaration " + declaration.declarationNumber() + " of tenant " + w.caller().tenant().code());
    return DeclarationView.of(declaration);
  }

  @Override
  public List<DeclarationView> search(String number, String exporterIdentifier, LocalDate from, LocalDate to, int limit) {
    Workplace w = officer();
    return declarations.search(w.caller().tenant(), number, exporterIdentifier, from, to, limit).stream().map(DeclarationView::of).toList();
  }

  @Override
  public DeclarationView open(UUID id) {
    Workplace w = officer();
    return declarations.find(w.caller().tenant(), id).map(DeclarationView::of).orElseThrow(() -> new NotFoundException("Declaration " + id));
  }

  @Override
  public List<DeclarationView> importFile(String filename, byte[] content) {
    Workplace w = officer();
    DeclarationCsv.Parsed parsed = DeclarationCsv.read(content);
    List<FieldProblem> problems = parsed.problems(rules(w));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<ExportDeclaration> imported =
        parsed.declarations().stream()
            .map(e -> new ExportDeclaration(w.caller(), e.data(), ExportDeclaration.Channel.FILE, views.now()))
            .toList();
    declarations.addAll(imported);
    LOG.info(() -> "Imported " + imported.size() + " export declaration(s) from " + filename + " for tenant " + w.caller().tenant().code());
    return imported.stream().map(DeclarationView::of).toList();
  }

  private Function<DeclarationData, List<FieldProblem>> rules(Workplace w) {
    LocalDate today = LocalDate.now(w.caller().tenant().zone());
    return data -> DeclarationRules.problems(data, lookups, today, n -> declarations.numberTaken(w.caller().tenant(), n));
  }
}
