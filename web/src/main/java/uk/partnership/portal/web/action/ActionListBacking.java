package uk.partnership.portal.web.action;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.partnership.portal.action.ActionFilter;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionPage;
import uk.partnership.portal.action.ActionStatus;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.action.Rag;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.web.support.PageActions;

/**
 * A list of actions a page at a time: a body's action log ({@code ?body=}) or the reader's own and their agency's
 * actions ({@code ?whose=ME|MY_AGENCY}). The filters are in the address, so a filtered list can be bookmarked and
 * exported as shown.
 */
@Named
@ViewScoped
public class ActionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionLogQuery actions;

    @Inject
    BodyService bodies;

    @Inject
    AgencyService agencies;

    private String body;
    private String whose;
    private String status = "OPEN";
    private String rag;
    private Long agency;
    private boolean overdue;
    private boolean dueThisMonth;
    private String words;
    private Long priority;
    private BodyDetail bodyDetail;
    private LazyDataModel<ActionView> model;

    public void load() {
        if (body != null && !body.isBlank()) {
            bodyDetail = PageActions.loadOrNotFound(() -> bodies.getBody(PageActions.id(body)));
        }
        // The first read both checks the filters from the address and gives the table its count.
        ActionPage first = PageActions.attempt(() -> actions.list(filter(), 0, 1));
        if (first == null) {
            status = "OPEN";
            rag = null;
            whose = null;
        }
        model = new Rows(this, first);
    }

    /** Applies the filters by reloading the page with them in the address. */
    public String show() {
        return (bodyDetail == null ? "/action/mine" : "/body/actions") + "?faces-redirect=true&includeViewParams=true";
    }

    ActionFilter filter() {
        return new ActionFilter(bodyDetail == null ? null : bodyDetail.id(), agency,
                "ANY".equals(status) ? null : status, rag, overdue, dueThisMonth,
                bodyDetail == null ? whose : null, words, priority);
    }

    /** The export address for the current filters. */
    public String exportQuery() {
        ActionFilter f = filter();
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("body", f.bodyId());
        q.put("agency", f.agencyId());
        q.put("status", f.status());
        q.put("rag", f.rag());
        q.put("overdue", f.overdue() ? "true" : null);
        q.put("dueThisMonth", f.dueThisMonth() ? "true" : null);
        q.put("whose", f.whose());
        q.put("q", f.words());
        q.put("priority", f.priorityId());
        return q.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public LazyDataModel<ActionView> getModel() {
        return model;
    }

    public BodyDetail getBodyDetail() {
        return bodyDetail;
    }

    public boolean isMayCreate() {
        return bodyDetail != null && actions.mayCreateFor(bodyDetail.id());
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public Rag[] getRags() {
        return Rag.values();
    }

    public List<AgencyView> getAgencies() {
        return agencies.listAgencies();
    }

    /** The lazy rows: each page is one query for the page and one for the count. */
    static final class Rows extends LazyDataModel<ActionView> {

        private static final long serialVersionUID = 1L;

        private final ActionListBacking page;
        private transient ActionPage last;

        Rows(ActionListBacking page, ActionPage first) {
            this.page = page;
            this.last = first;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (last == null) {
                last = page.actions.list(page.filter(), 0, 1);
            }
            return (int) last.total();
        }

        @Override
        public List<ActionView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            last = page.actions.list(page.filter(), first, pageSize);
            setRowCount((int) last.total());
            return last.actions();
        }

        @Override
        public String getRowKey(ActionView row) {
            return String.valueOf(row.id());
        }
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getWhose() {
        return whose;
    }

    public void setWhose(String whose) {
        this.whose = whose;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRag() {
        return rag;
    }

    public void setRag(String rag) {
        this.rag = rag;
    }

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isDueThisMonth() {
        return dueThisMonth;
    }

    public void setDueThisMonth(boolean dueThisMonth) {
        this.dueThisMonth = dueThisMonth;
    }

    public Long getPriority() {
        return priority;
    }

    public void setPriority(Long priority) {
        this.priority = priority;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
