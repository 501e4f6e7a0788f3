package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import uk.partnership.portal.improvement.ImprovementForms;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.IndicatorService;
import uk.partnership.portal.web.support.PageActions;

/** An indicator: its trend as a chart with the same figures in a table beside it, and the form for a new value. */
@Named
@ViewScoped
public class IndicatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicatorService;

    private String id;
    private ImprovementViews.IndicatorView indicator;
    private LocalDate asAt;
    private BigDecimal value;

    public void load() {
        indicator = PageActions.loadOrNotFound(() -> indicatorService.indicator(PageActions.id(id)));
    }

    public void record() {
        var saved = PageActions.attempt(() -> indicatorService.recordValue(indicator.indicator().id(),
                new ImprovementForms.ValueEntry(asAt, value)));
        if (saved != null) {
            indicator = saved;
            Messages.addGlobalInfo("Value saved.");
            asAt = null;
            value = null;
        }
    }

    /** The Chart.js configuration for the trend (and the target as a second line, when there is one). */
    public String getChartJson() {
        var values = indicator.values();
        String labels = values.stream().map(v -> "\"" + v.asAt() + "\"").collect(Collectors.joining(","));
        String data = values.stream().map(v -> v.value().toPlainString()).collect(Collectors.joining(","));
        BigDecimal target = indicator.indicator().target();
        String targetSet = target == null ? "" : ",{\"label\":\"Target\",\"borderDash\":[6,4],\"borderColor\":\"#505a5f\","
                + "\"pointRadius\":0,\"data\":[" + values.stream().map(v -> target.toPlainString())
                .collect(Collectors.joining(",")) + "]}";
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + json(indicator.indicator().name()) + ",\"borderColor\":\"#1d70b8\",\"backgroundColor\":\"#1d70b8\","
                + "\"data\":[" + data + "]}" + targetSet + "]},\"options\":{\"animation\":false}}";
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    public ImprovementViews.IndicatorView getIndicator() {
        return indicator;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getAsAt() {
        return asAt;
    }

    public void setAsAt(LocalDate asAt) {
        this.asAt = asAt;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
