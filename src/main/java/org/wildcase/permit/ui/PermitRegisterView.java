package org.wildcase.permit.ui;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegister.PermitFilter;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.TradeCodes;
import org.wildcase.ui.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The home register of permits and certificates, newest first, searched by number and holder and filtered by
 * status; loaded page by page. Everyone signed in reads it (api.md); only permit officers record and cancel.
 * {@code permits?number=...} opens one permit's details.
 */
@Menu(order = 50, title = "permits.menu")
@Route("permits")
@RolesAllowed({Roles.PERMIT_OFFICER, Roles.CITES_EXPERT, Roles.CUSTOMS_OFFICER, Roles.LEGAL_OFFICER, Roles.MANAGER})
class PermitRegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient PermitRegister register;
    private final transient SpeciesCatalogue catalogue;
    private final transient TradeCodes codes;
    private final transient CitesSettings settings;
    private final WildcaseUser user;
    final TextField search = new TextField();
    final Select<PermitStatus> status = new Select<>();
    final TextField holder = new TextField();
    final Grid<RegisteredPermit> grid = new Grid<>();
    final PermitDetails details;
    /** Only for permit officers; null for everyone else. */
    final Button newPermit;
    private final CallbackDataProvider<RegisteredPermit, Void> permits;

    PermitRegisterView(PermitRegister register, CurrentUser currentUser, SpeciesCatalogue catalogue,
            TradeCodes codes, CitesSettings settings) {
        this.register = register;
        this.catalogue = catalogue;
        this.codes = codes;
        this.settings = settings;
        this.user = currentUser.require();
        boolean officer = user.has(Roles.PERMIT_OFFICER);
        setSizeFull();
        add(new H2(getTranslation("permits.title")), new Paragraph(getTranslation(officer ? "permits.intro.officer"
                : "permits.intro")));

        newPermit = officer ? newPermitButton() : null;
        add(filters(newPermit));

        permits = new CallbackDataProvider<>(
                q -> register.list(filter(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) register.count(filter()), RegisteredPermit::number);
        configureGrid();
        details = new PermitDetails(settings.timeZone(), officer,
                user.has(Roles.CUSTOMS_OFFICER) || user.has(Roles.CITES_EXPERT) || user.has(Roles.LEGAL_OFFICER)
                        || user.has(Roles.MANAGER),
                this::confirmCancel);
        add(grid, details);
    }

    private Button newPermitButton() {
        Button button = new Button(getTranslation("permits.new"), VaadinIcon.PLUS.create(), e -> openForm());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("permits-new");
        return button;
    }

    private Component filters(Button newPermit) {
        search.setId("permits-search");
        search.setLabel(getTranslation("permits.search"));
        search.setPlaceholder(getTranslation("permits.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setId("permits-filter-status");
        status.setLabel(getTranslation("permits.filter.status"));
        status.setItems(PermitStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any")
                : getTranslation("permitStatus." + s.name()));
        status.addValueChangeListener(e -> refresh());
        holder.setId("permits-filter-holder");
        holder.setLabel(getTranslation("permits.filter.holder"));
        holder.setClearButtonVisible(true);
        holder.setValueChangeMode(ValueChangeMode.LAZY);
        holder.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, status, holder);
        if (newPermit != null) {
            bar.add(newPermit);
        }
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setId("permits-grid");
        grid.addColumn(RegisteredPermit::number).setKey("number").setHeader(getTranslation("permits.column.number"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("documentType." + p.type().name())).setKey("type")
                .setHeader(getTranslation("permits.column.type")).setAutoWidth(true);
        grid.addColumn(RegisteredPermit::holder).setKey("holder").setHeader(getTranslation("permits.column.holder"))
                .setFlexGrow(1);
        grid.addColumn(p -> Formats.date(p.issuedOn(), locale())).setKey("issuedOn")
                .setHeader(getTranslation("permits.column.issuedOn")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.validUntil(), locale())).setKey("validUntil")
                .setHeader(getTranslation("permits.column.validUntil")).setAutoWidth(true);
        grid.addComponentColumn(p -> PermitDetails.statusMark(this, p.status())).setKey("status")
                .setHeader(getTranslation("permits.column.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("permits.empty"));
        grid.setWidthFull();
        grid.setHeight("45vh");
        grid.setMinHeight("240px");
        grid.setItems(permits);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(p -> open(p.number()),
                () -> details.clear()));
    }

    private PermitFilter filter() {
        return new PermitFilter(search.getValue(), status.getValue(), holder.getValue());
    }

    void refresh() {
        permits.refreshAll();
    }

    /** Shows the permit as the register holds it now, not as the grid row was read. */
    void open(String number) {
        register.find(number).ifPresentOrElse(details::show, details::clear);
    }

    private void openForm() {
        new RegisterPermitDialog(register, user.username(), catalogue, codes, settings.homeCountry(),
                locale(), this::recorded).open();
    }

    /** The new permit is shown at the top of an unfiltered register, selected. */
    private void recorded(RegisteredPermit permit) {
        search.clear();
        status.clear();
        holder.clear();
        refresh();
        grid.select(permit);
        open(permit.number());
    }

    private void confirmCancel(RegisteredPermit permit) {
        new CancelPermitDialog(register, user.username(), permit, number -> {
            refresh();
            open(number);
        }).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("number").ifPresent(this::open);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("permits.title") + " | Wildcase";
    }
}
