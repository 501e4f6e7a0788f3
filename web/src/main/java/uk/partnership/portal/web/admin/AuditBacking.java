package uk.partnership.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.audit.AuditEntry;
import uk.partnership.portal.audit.AuditFilter;
import uk.partnership.portal.audit.AuditQueryService;
import uk.partnership.portal.audit.ChainVerification;
import uk.partnership.portal.web.support.PageActions;

/** The audit trail for system administrators: filters, a page at a time, and a check of the hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueryService audit;

    @Inject
    AgencyService agencies;

    private String username;
    private Long agencyId;
    private String entity;
    private LocalDate from;
    private LocalDate to;
    private ChainVerification verification;
    private List<AgencyView> agencyOptions;
    private final Events events = new Events();

    public void load() {
        if (agencyOptions == null && PageActions.loadOrNotFound(() -> audit.find(AuditFilter.ALL, 0, 1)) != null) {
            agencyOptions = agencies.listAgencies();
        }
    }

    public void verify() {
        verification = PageActions.attempt(() -> audit.verify());
    }

    AuditFilter filter() {
        return new AuditFilter(username, agencyId, entity, from, to);
    }

    /** Loads one page of events from the service; the filter form drives it. */
    public class Events extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.find(filter(), 0, 1).total());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            AuditQueryService.Page page = audit.find(filter(), first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

    public String[] getEntities() {
        return new String[] {"Agency", "Body", "Membership", "Person"};
    }

    public Events getEvents() {
        return events;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public List<AgencyView> getAgencyOptions() {
        return agencyOptions;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
