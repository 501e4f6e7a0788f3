package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.action.Action;
import uk.partnership.portal.action.ActionService;
import uk.partnership.portal.action.ActionStatus;
import uk.partnership.portal.action.Rag;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/**
 * What an improvement board follows, as one thread: inspection finding → plan priority → action (from the action
 * log) → board decision → progress with impact → indicator; and the risks to it. Plans, inspections and risks are
 * board papers: the body's members (and, for a restricted body, its named agencies) read them, never the public.
 * Indicators are also read by their owning agency, which alone (with the secretary) records their values.
 */
@Stateless
@PermitAll
public class ImprovementService {

    private static final int STATEMENTS_PER_PRIORITY = 3;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    BodyService bodies;

    @EJB
    ActionService actions;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    /** Whether the caller may read the body's improvement papers (for links to them). */
    public boolean mayReadBoardPapers(long bodyId) {
        Caller caller = access.caller();
        Body body = em.find(Body.class, bodyId);
        return body != null && mayRead(caller, body);
    }

    // ---- inspections

    public ImprovementViews.InspectionView recordInspection(long bodyId, ImprovementForms.InspectionEntry form) {
        Caller caller = access.caller();
        Body body = managedBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the inspection.");
        InspectionKind kind = Choices.parse(InspectionKind.class, form.kind(),
                "Choose the kind: full inspection, monitoring visit, focused visit, SEND or joint targeted.");
        InvalidInputException.require(form.startsOn() != null, "Give the date the inspection began.");
        InvalidInputException.require(form.endsOn() == null || !form.endsOn().isBefore(form.startsOn()),
                "The inspection cannot end before it began.");
        Judgement overall = form.overall() == null || form.overall().isBlank() ? null : judgement(form.overall());
        Inspection inspection = new Inspection(body, kind, InvalidInputException.requireText(form.title(), "title", 300),
                form.startsOn(), form.endsOn(), InvalidInputException.optionalText(form.focusAreas(), "focus areas", 5000),
                overall, form.letterPublishedOn());
        for (ImprovementForms.AreaEntry a : form.judgements() == null ? List.<ImprovementForms.AreaEntry>of() : form.judgements()) {
            inspection.judge(InvalidInputException.requireText(a.area(), "area judged", 300), judgement(a.judgement()));
        }
        for (ImprovementForms.FindingEntry f : form.findings() == null ? List.<ImprovementForms.FindingEntry>of() : form.findings()) {
            inspection.find(Choices.parse(FindingKind.class, f.kind() == null ? "FINDING" : f.kind(),
                    "Each entry is a finding or a recommendation."), InvalidInputException.requireText(f.text(), "finding", 5000));
        }
        em.persist(inspection);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Inspection", inspection.getId(), kind.label() + ": " + inspection.getTitle(),
                Changes.of().set("overall", overall == null ? null : overall.name())
                        .set("findings", inspection.getFindings().size()));
        return inspectionView(caller, inspection);
    }

    public ImprovementViews.InspectionView inspection(long inspectionId) {
        Caller caller = access.caller();
        Inspection inspection = em.find(Inspection.class, inspectionId);
        if (inspection == null || !mayRead(caller, inspection.getBody())) {
            throw new NotFoundException();
        }
        return inspectionView(caller, inspection);
    }

    public List<ImprovementViews.InspectionLine> inspections(long bodyId) {
        Caller caller = access.caller();
        Body body = readableBody(caller, bodyId);
        return em.createQuery("select i from Inspection i where i.body = :b order by i.startsOn desc", Inspection.class)
                .setParameter("b", body).getResultStream().map(ImprovementService::line).toList();
    }

    // ---- the plan

    public ImprovementViews.PlanView createPlan(long bodyId, ImprovementForms.PlanEntry form) {
        Caller caller = access.caller();
        Body body = managedBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the plan.");
        ImprovementPlan plan = new ImprovementPlan(body, InvalidInputException.requireText(form.title(), "plan's title", 300),
                InvalidInputException.requireText(form.period(), "period (for example 2020–23)", 40));
        em.persist(plan);
        for (ImprovementForms.PriorityEntry p : form.priorities() == null ? List.<ImprovementForms.PriorityEntry>of() : form.priorities()) {
            addPriority(plan, p);
        }
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "ImprovementPlan", plan.getId(), plan.getTitle(),
                Changes.of().set("priorities", plan.getPriorities().size()));
        return planView(caller, plan);
    }

    public ImprovementViews.PlanView addPriority(long planId, ImprovementForms.PriorityEntry form) {
        Caller caller = access.caller();
        ImprovementPlan plan = managedPlan(caller, planId);
        Priority p = addPriority(plan, form);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "PlanPriority", p.getId(), plan.getTitle() + " " + p.getNumber() + ". "
                + p.getTitle(), null);
        return planView(caller, plan);
    }

    public ImprovementViews.PlanView plan(long planId) {
        Caller caller = access.caller();
        ImprovementPlan plan = em.find(ImprovementPlan.class, planId);
        if (plan == null || !mayRead(caller, plan.getBody())) {
            throw new NotFoundException();
        }
        return planView(caller, plan);
    }

    public List<ImprovementViews.PlanView> plans(long bodyId) {
        Caller caller = access.caller();
        Body body = readableBody(caller, bodyId);
        return em.createQuery("select p from ImprovementPlan p where p.body = :b order by p.id", ImprovementPlan.class)
                .setParameter("b", body).getResultStream().map(p -> planView(caller, p)).toList();
    }

    /** After a visit: keeps what the plan said (priorities, roll-ups, statements) as a revision, then moves on. */
    public ImprovementViews.PlanView refresh(long planId, ImprovementForms.Refresh form) {
        Caller caller = access.caller();
        ImprovementPlan plan = managedPlan(caller, planId);
        InvalidInputException.require(form != null, "Send the reason for the refresh.");
        ConflictException.requireVersion(plan.getVersion(), form.version());
        Inspection after = form.inspectionId() == null ? null : em.find(Inspection.class, form.inspectionId());
        InvalidInputException.require(form.inspectionId() == null || (after != null && after.getBody().equals(plan.getBody())),
                "Choose an inspection the body follows.");
        String snapshot;
        try (var jsonb = JsonbBuilder.create()) {
            snapshot = jsonb.toJson(planView(caller, plan).priorities());
        } catch (Exception e) {
            throw new IllegalStateException("The plan could not be kept as it stands", e);
        }
        LocalDate today = clock.today();
        em.persist(new PlanRevision(plan, plan.getRevision(), today,
                InvalidInputException.requireText(form.reason(), "reason for the refresh", 1000), after, snapshot));
        int revision = plan.refresh(today);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "ImprovementPlan", planId, "Refreshed to revision " + revision,
                Changes.of().set("inspection", form.inspectionId()));
        return planView(caller, plan);
    }

    /** What the plan said at an earlier revision, as kept at its refresh (JSON of its priorities). */
    public String revision(long planId, int revision) {
        Caller caller = access.caller();
        ImprovementPlan plan = em.find(ImprovementPlan.class, planId);
        if (plan == null || !mayRead(caller, plan.getBody())) {
            throw new NotFoundException();
        }
        return em.createQuery("select r.snapshot from PlanRevision r where r.plan = :p and r.revision = :n", String.class)
                .setParameter("p", plan).setParameter("n", revision).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // ---- indicators

    public ImprovementViews.IndicatorView defineIndicator(long bodyId, ImprovementForms.IndicatorEntry form) {
        Caller caller = access.caller();
        Body body = managedBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the indicator.");
        Agency owner = form.ownerAgencyId() == null ? null : em.find(Agency.class, form.ownerAgencyId());
        InvalidInputException.require(owner != null, "Choose the agency that records the indicator.");
        Priority priority = form.priorityId() == null ? null : em.find(Priority.class, form.priorityId());
        InvalidInputException.require(form.priorityId() == null || (priority != null
                && priority.getPlan().getBody().equals(body)), "Choose a priority of this body's plan.");
        InvalidInputException.require((form.ratePer() == null) == (form.population() == null),
                "A rate needs both its base (for example per 10,000) and the population it is counted over.");
        InvalidInputException.require(form.ratePer() == null || (form.ratePer() > 0 && form.population() > 0),
                "The rate base and the population must be above zero.");
        Indicator indicator = new Indicator(body, priority, InvalidInputException.requireText(form.name(), "indicator's name", 300),
                Choices.parse(Unit.class, form.unit() == null ? "COUNT" : form.unit(), "Choose number, percentage or days."),
                Choices.parse(Polarity.class, form.polarity(), "Say whether higher or lower is better."), form.target(),
                form.ratePer(), form.population(), InvalidInputException.optionalText(form.populationSource(),
                "population source", 300), owner);
        em.persist(indicator);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Indicator", indicator.getId(), indicator.getName(),
                Changes.of().set("owner", owner.getName()).set("ratePer", form.ratePer()).set("population", form.population()));
        return indicatorView(caller, indicator);
    }

    /** A value for a date, by the owning agency or the secretary; a second value for the same date corrects it. */
    public ImprovementViews.IndicatorView recordValue(long indicatorId, ImprovementForms.ValueEntry form) {
        Caller caller = access.caller();
        Indicator indicator = visibleIndicator(caller, indicatorId);
        if (!mayRecord(caller, indicator)) {
            throw new ForbiddenException("Only " + indicator.getOwnerAgency().getName()
                    + " and the body's secretary record this indicator.");
        }
        InvalidInputException.require(form != null && form.asAt() != null && form.value() != null,
                "Give the date and the value.");
        InvalidInputException.require(!form.asAt().isAfter(clock.today()),
                "A value cannot be dated in the future.");
        InvalidInputException.require(indicator.getUnit() != Unit.PERCENT
                        || (form.value().signum() >= 0 && form.value().compareTo(BigDecimal.valueOf(100)) <= 0),
                "A percentage is between 0 and 100.");
        Person by = currentPerson.of(caller).orElse(null);
        IndicatorValue existing = em.createQuery("select v from IndicatorValue v where v.indicator = :i and v.asAt = :d",
                        IndicatorValue.class).setParameter("i", indicator).setParameter("d", form.asAt())
                .getResultStream().findFirst().orElse(null);
        BigDecimal before = existing == null ? null : existing.getValue();
        if (existing == null) {
            em.persist(new IndicatorValue(indicator, form.asAt(), form.value(), by));
        } else {
            existing.correct(form.value(), by);
        }
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Indicator", indicatorId, indicator.getName() + " at " + form.asAt(),
                Changes.of().field("value", before, form.value()));
        return indicatorView(caller, indicator);
    }

    public ImprovementViews.IndicatorView indicator(long indicatorId) {
        Caller caller = access.caller();
        return indicatorView(caller, visibleIndicator(caller, indicatorId));
    }

    /** The indicators the caller may see: the body's, for members; their own agency's, for others. */
    public List<ImprovementViews.IndicatorLine> indicators(Long bodyId) {
        Caller caller = access.caller();
        String where = bodyId == null ? "" : " where i.body.id = :b";
        var q = em.createQuery("select i from Indicator i" + where + " order by i.name", Indicator.class);
        if (bodyId != null) {
            q.setParameter("b", bodyId);
        }
        return indicatorLines(caller, q.getResultStream().filter(i -> access.maySee(caller, i.scope())).toList());
    }

    // ---- risks

    public ImprovementViews.RiskView recordRisk(long bodyId, ImprovementForms.RiskEntry form) {
        Caller caller = access.caller();
        Body body = managedBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the risk.");
        Person person = form.ownerPersonId() == null ? null : em.find(Person.class, form.ownerPersonId());
        Agency agency = form.ownerAgencyId() != null ? em.find(Agency.class, form.ownerAgencyId())
                : person == null ? null : person.getAgency();
        InvalidInputException.require(agency != null, "Choose who owns the risk.");
        Risk risk = new Risk(body, InvalidInputException.requireText(form.title(), "risk", 300),
                InvalidInputException.optionalText(form.description(), "description", 5000), person, agency);
        assess(risk, form);
        em.persist(risk);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Risk", risk.getId(), risk.getTitle(), Changes.of().set("score", risk.score()));
        return riskView(caller, risk, clock.today());
    }

    /** A review: new scores, the next review date, more mitigating actions; against the version the reviewer read. */
    public ImprovementViews.RiskView reviewRisk(long riskId, ImprovementForms.RiskEntry form) {
        Caller caller = access.caller();
        Risk risk = em.find(Risk.class, riskId);
        if (risk == null || !mayRead(caller, risk.getBody())) {
            throw new NotFoundException();
        }
        access.requireManager(caller, risk.getBody().scope());
        InvalidInputException.require(form != null, "Send the review.");
        ConflictException.requireVersion(risk.getVersion(), form.version());
        int before = risk.score();
        assess(risk, form);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Risk", riskId, "Reviewed: " + risk.getTitle(),
                Changes.of().field("score", before, risk.score()));
        return riskView(caller, risk, clock.today());
    }

    public ImprovementViews.RiskRegister register(long bodyId) {
        Caller caller = access.caller();
        Body body = readableBody(caller, bodyId);
        LocalDate today = clock.today();
        List<ImprovementViews.RiskView> risks = em.createQuery(
                        "select r from Risk r where r.body = :b order by r.closed, r.likelihood * r.impact desc, r.id", Risk.class)
                .setParameter("b", body).getResultStream().map(r -> riskView(caller, r, today)).toList();
        int[][] cells = new int[5][5];
        risks.stream().filter(r -> !r.closed()).forEach(r -> cells[5 - r.impact()][r.likelihood() - 1]++);
        List<List<Integer>> matrix = new ArrayList<>();
        for (int[] row : cells) {
            matrix.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new ImprovementViews.RiskRegister(body.getId(), body.getName(), risks, matrix,
                access.mayManage(caller, bodyId));
    }

    // ---- the dashboard

    /** For a plan: RAG by priority, overdue actions by agency, indicators against targets, risks, visits. */
    public ImprovementViews.Dashboard dashboard(long planId) {
        Caller caller = access.caller();
        ImprovementPlan plan = em.find(ImprovementPlan.class, planId);
        if (plan == null || !mayRead(caller, plan.getBody())) {
            throw new NotFoundException();
        }
        long bodyId = plan.getBody().getId();
        LocalDate today = clock.today();
        List<ImprovementViews.RiskView> above = em.createQuery("select r from Risk r where r.body = :b and r.closed = false "
                        + "and r.likelihood * r.impact > r.appetite order by r.likelihood * r.impact desc", Risk.class)
                .setParameter("b", plan.getBody()).getResultStream().map(r -> riskView(caller, r, today)).toList();
        List<Inspection> all = em.createQuery("select i from Inspection i where i.body = :b order by i.startsOn",
                Inspection.class).setParameter("b", plan.getBody()).getResultList();
        return new ImprovementViews.Dashboard(planView(caller, plan), actions.overdueByAgency(bodyId, 5),
                indicators(bodyId), above,
                all.stream().filter(i -> !i.getStartsOn().isBefore(today)).map(ImprovementService::line).toList(),
                all.stream().filter(i -> i.getStartsOn().isBefore(today)).map(ImprovementService::line).toList());
    }

    /** For forms: the priorities of the body's plans and the findings of its inspections, as id and label. */
    public Map<String, List<ImprovementViews.Option>> options(long bodyId) {
        Caller caller = access.caller();
        Body body = readableBody(caller, bodyId);
        List<ImprovementViews.Option> priorities = em.createQuery(
                        "select p from Priority p where p.plan.body = :b order by p.plan.id, p.number", Priority.class)
                .setParameter("b", body).getResultStream()
                .map(p -> new ImprovementViews.Option(p.getId(), p.getPlan().getTitle() + " " + p.getPlan().getPeriod()
                        + ": " + p.getNumber() + ". " + p.getTitle())).toList();
        List<ImprovementViews.Option> findings = em.createQuery(
                        "select f from Finding f where f.inspection.body = :b order by f.inspection.startsOn, f.number", Finding.class)
                .setParameter("b", body).getResultStream()
                .map(f -> new ImprovementViews.Option(f.getId(), f.getInspection().getTitle() + ", " + f.getKind().label()
                        .toLowerCase(java.util.Locale.UK) + " " + f.getNumber() + ": " + f.getText())).toList();
        return Map.of("priorities", priorities, "findings", findings);
    }

    // ---- views

    private ImprovementViews.PlanView planView(Caller caller, ImprovementPlan plan) {
        LocalDate today = clock.today();
        Map<Long, EnumMap<Rag, Integer>> counts = new HashMap<>();
        Map<Long, Integer> overdue = new HashMap<>();
        // One grouped read for the whole plan, counting each group's actions by where their due dates fall
        // (overdue, within the warning period, later). Rag.shown — the one rule — is then asked once per bucket with
        // a date from that bucket, which gives exactly the colour it gives each action in it.
        LocalDate warnBy = today.plusDays(Rag.NOT_STARTED_WARNING_DAYS);
        for (Object[] row : em.createQuery("""
                        select a.priorityId, a.status, a.ragOverride, count(a),
                               sum(case when a.dueOn < :today then 1 else 0 end),
                               sum(case when a.dueOn < :warnBy then 1 else 0 end)
                        from Action a, Priority p where p.id = a.priorityId and p.plan = :plan
                        group by a.priorityId, a.status, a.ragOverride""", Object[].class)
                .setParameter("plan", plan).setParameter("today", today).setParameter("warnBy", warnBy).getResultList()) {
            long priority = (Long) row[0];
            ActionStatus status = (ActionStatus) row[1];
            Rag override = (Rag) row[2];
            int all = ((Number) row[3]).intValue();
            int late = ((Number) row[4]).intValue();
            int soon = ((Number) row[5]).intValue() - late;
            EnumMap<Rag, Integer> c = counts.computeIfAbsent(priority, k -> new EnumMap<>(Rag.class));
            c.merge(Rag.shown(override, status, today.minusDays(1), today), late, Integer::sum);
            c.merge(Rag.shown(override, status, today, today), soon, Integer::sum);
            c.merge(Rag.shown(override, status, warnBy, today), all - late - soon, Integer::sum);
            if (status.outstanding()) {
                overdue.merge(priority, late, Integer::sum);
            }
        }
        // The latest "so what?" of each action, newest first, a few per priority: one read for the whole plan.
        Map<Long, List<ImprovementViews.Statement>> statementsByPriority = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select priority_id, action_id, reference, written_on, progress, impact from (
                          select a.priority_id, a.id as action_id, a.reference, u.written_on, u.progress, u.impact,
                                 row_number() over (partition by a.priority_id order by u.written_on desc, u.id desc) as n
                          from action a join action_update u on u.id = a.latest_update_id
                          join plan_priority p on p.id = a.priority_id
                          where p.plan_id = ?1 and u.impact is not null) latest
                        where n <= ?2 order by priority_id, n""")
                .setParameter(1, plan.getId()).setParameter(2, STATEMENTS_PER_PRIORITY).getResultList()) {
            Object[] r = (Object[]) row;
            statementsByPriority.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(
                    new ImprovementViews.Statement(((Number) r[1]).longValue(), (String) r[2],
                            ((java.sql.Date) r[3]).toLocalDate(), (String) r[4], (String) r[5]));
        }
        List<Indicator> planIndicators = em.createQuery(
                        "select i from Indicator i where i.priority.plan = :plan order by i.name", Indicator.class)
                .setParameter("plan", plan).getResultList();
        List<ImprovementViews.IndicatorLine> planLines = indicatorLines(caller, planIndicators);
        Map<Long, List<ImprovementViews.IndicatorLine>> indicatorsByPriority = new HashMap<>();
        for (int i = 0; i < planIndicators.size(); i++) {
            indicatorsByPriority.computeIfAbsent(planIndicators.get(i).getPriority().getId(), k -> new ArrayList<>())
                    .add(planLines.get(i));
        }
        List<ImprovementViews.PriorityView> priorities = new ArrayList<>();
        for (Priority p : plan.getPriorities()) {
            EnumMap<Rag, Integer> c = counts.getOrDefault(p.getId(), new EnumMap<>(Rag.class));
            Rag rollUp = c.getOrDefault(Rag.RED, 0) > 0 ? Rag.RED : c.getOrDefault(Rag.AMBER, 0) > 0 ? Rag.AMBER
                    : c.getOrDefault(Rag.GREEN, 0) > 0 ? Rag.GREEN : c.getOrDefault(Rag.BLUE, 0) > 0 ? Rag.BLUE : null;
            List<ImprovementViews.Statement> statements = statementsByPriority.getOrDefault(p.getId(), List.of());
            List<ImprovementViews.IndicatorLine> indicators = indicatorsByPriority.getOrDefault(p.getId(), List.of());
            priorities.add(new ImprovementViews.PriorityView(p.getId(), p.getNumber(), p.getTitle(), p.getDescription(),
                    p.getFinding() == null ? null : findingLabel(p.getFinding()), rollUp == null ? null : rollUp.name(),
                    rollUp == null ? "No actions yet" : rollUp.label(), c.getOrDefault(Rag.RED, 0),
                    c.getOrDefault(Rag.AMBER, 0), c.getOrDefault(Rag.GREEN, 0), c.getOrDefault(Rag.BLUE, 0),
                    overdue.getOrDefault(p.getId(), 0), statements, indicators));
        }
        List<ImprovementViews.RevisionLine> revisions = em.createQuery(
                        "select r from PlanRevision r where r.plan = :p order by r.revision", PlanRevision.class)
                .setParameter("p", plan).getResultStream()
                .map(r -> new ImprovementViews.RevisionLine(r.getRevision(), r.getRefreshedOn(), r.getReason(),
                        r.getInspection() == null ? null : r.getInspection().getTitle())).toList();
        return new ImprovementViews.PlanView(plan.getId(), plan.getVersion(), plan.getBody().getId(), plan.getBody().getName(),
                plan.getTitle(), plan.getPeriod(), plan.getRevision(), plan.getRefreshedOn(), priorities, revisions,
                access.mayManage(caller, plan.getBody().getId()));
    }

    private ImprovementViews.InspectionView inspectionView(Caller caller, Inspection i) {
        LocalDate today = clock.today();
        List<ImprovementViews.FindingLine> findings = i.getFindings().stream().map(f ->
                new ImprovementViews.FindingLine(f.getId(), f.getNumber(), f.getKind().name(), f.getKind().label(), f.getText(),
                        em.createQuery("select a from Action a where a.findingId = :f order by a.id", Action.class)
                                .setParameter("f", f.getId()).getResultStream().filter(a -> access.maySee(caller, a.scope()))
                                .map(a -> a.view(today)).toList())).toList();
        return new ImprovementViews.InspectionView(i.getId(), i.getBody().getId(), i.getBody().getName(), i.getKind().name(),
                i.getKind().label(), i.getTitle(), i.getStartsOn(), i.getEndsOn(), i.getFocusAreas(),
                i.getOverall() == null ? null : i.getOverall().name(), i.getOverall() == null ? null : i.getOverall().label(),
                i.getLetterPublishedOn(), i.getJudgements().stream().map(j -> new ImprovementViews.JudgementLine(j.getArea(),
                j.getJudgement().name(), j.getJudgement().label())).toList(), findings);
    }

    private ImprovementViews.IndicatorView indicatorView(Caller caller, Indicator indicator) {
        List<IndicatorValue> values = values(indicator);
        List<ImprovementViews.ValueLine> lines = new ArrayList<>();
        BigDecimal previous = null;
        for (IndicatorValue v : values) {
            lines.add(new ImprovementViews.ValueLine(v.getAsAt(), v.getValue(), indicator.rate(v.getValue()),
                    Indicator.percentChange(previous, v.getValue()), indicator.meetsTarget(v.getValue())));
            previous = v.getValue();
        }
        return new ImprovementViews.IndicatorView(indicatorLine(caller, indicator, values), lines);
    }

    /** Lines for several indicators, their values read in one query. */
    private List<ImprovementViews.IndicatorLine> indicatorLines(Caller caller, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IndicatorValue>> values = new HashMap<>();
        em.createQuery("select v from IndicatorValue v where v.indicator in :is order by v.asAt", IndicatorValue.class)
                .setParameter("is", indicators).getResultStream()
                .forEach(v -> values.computeIfAbsent(v.getIndicator().getId(), k -> new ArrayList<>()).add(v));
        return indicators.stream().map(i -> indicatorLine(caller, i, values.getOrDefault(i.getId(), List.of()))).toList();
    }

    private ImprovementViews.IndicatorLine indicatorLine(Caller caller, Indicator i, List<IndicatorValue> values) {
        IndicatorValue latest = values.isEmpty() ? null : values.get(values.size() - 1);
        IndicatorValue before = values.size() < 2 ? null : values.get(values.size() - 2);
        BigDecimal value = latest == null ? null : latest.getValue();
        return new ImprovementViews.IndicatorLine(i.getId(), i.getName(), i.getUnit().label(), i.getPolarity().label(),
                i.getTarget(), i.getRatePer(), i.getPopulation(), i.getPopulationSource(), i.getOwnerAgency().getId(),
                i.getOwnerAgency().getName(), latest == null ? null : latest.getAsAt(), value, i.rate(value),
                i.meetsTarget(value), before == null ? null : Indicator.percentChange(before.getValue(), value),
                mayRecord(caller, i));
    }

    private List<IndicatorValue> values(Indicator i) {
        return em.createQuery("select v from IndicatorValue v where v.indicator = :i order by v.asAt", IndicatorValue.class)
                .setParameter("i", i).getResultList();
    }

    private ImprovementViews.RiskView riskView(Caller caller, Risk r, LocalDate today) {
        return new ImprovementViews.RiskView(r.getId(), r.getVersion(), r.getTitle(), r.getDescription(),
                r.getOwnerPerson() == null ? null : r.getOwnerPerson().getFullName(), r.getOwnerAgency().getName(),
                r.getLikelihood(), r.getImpact(), r.score(), r.getAppetite(), r.aboveAppetite(), r.getReviewOn(),
                r.reviewOverdue(today), r.isClosed(), r.getMitigations().stream()
                .filter(a -> access.maySee(caller, a.scope())).map(a -> a.view(today)).toList());
    }

    private static ImprovementViews.InspectionLine line(Inspection i) {
        return new ImprovementViews.InspectionLine(i.getId(), i.getKind().label(), i.getTitle(), i.getStartsOn(),
                i.getOverall() == null ? null : i.getOverall().label());
    }

    private static String findingLabel(Finding f) {
        return f.getKind().label() + " " + f.getNumber() + " of " + f.getInspection().getTitle() + ": " + f.getText();
    }

    // ---- rules

    private void assess(Risk risk, ImprovementForms.RiskEntry form) {
        InvalidInputException.require(form.likelihood() != null && form.impact() != null,
                "Score likelihood and impact from 1 to 5.");
        risk.assess(form.likelihood(), form.impact(), form.appetite() == null ? risk.getAppetite() : form.appetite(),
                form.reviewOn());
        for (Long actionId : form.mitigationActionIds() == null ? List.<Long>of() : form.mitigationActionIds()) {
            Action a = actionId == null ? null : em.find(Action.class, actionId);
            InvalidInputException.require(a != null, "Choose mitigating actions from the body's action log.");
            risk.mitigateWith(a);
        }
    }

    private Priority addPriority(ImprovementPlan plan, ImprovementForms.PriorityEntry form) {
        InvalidInputException.require(form != null, "Send the priority.");
        Finding finding = form.findingId() == null ? null : em.find(Finding.class, form.findingId());
        InvalidInputException.require(form.findingId() == null || (finding != null
                && finding.getInspection().getBody().equals(plan.getBody())), "Choose a finding of an inspection the body follows.");
        Priority p = plan.addPriority(InvalidInputException.requireText(form.title(), "priority", 300),
                InvalidInputException.optionalText(form.description(), "description", 5000), finding);
        em.persist(p);
        return p;
    }

    /** Board papers: the body's working scope, never public even for a public body. */
    private boolean mayRead(Caller caller, Body body) {
        return access.maySee(caller, body.workingScope(null));
    }

    private boolean mayRecord(Caller caller, Indicator i) {
        return access.mayManage(caller, i.getBody().getId())
                || (caller.agencyId() != null && Objects.equals(caller.agencyId(), i.getOwnerAgency().getId()));
    }

    private Indicator visibleIndicator(Caller caller, long indicatorId) {
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null || !access.maySee(caller, indicator.scope())) {
            throw new NotFoundException();
        }
        return indicator;
    }

    private Body readableBody(Caller caller, long bodyId) {
        Body body = bodies.visibleBody(caller, bodyId);
        if (!mayRead(caller, body)) {
            throw new NotFoundException();
        }
        return body;
    }

    private Body managedBody(Caller caller, long bodyId) {
        Body body = readableBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        return body;
    }

    private ImprovementPlan managedPlan(Caller caller, long planId) {
        ImprovementPlan plan = em.find(ImprovementPlan.class, planId);
        if (plan == null || !mayRead(caller, plan.getBody())) {
            throw new NotFoundException();
        }
        access.requireManager(caller, plan.getBody().scope());
        return plan;
    }

    private static Judgement judgement(String value) {
        return Choices.parse(Judgement.class, value, "Judgements are outstanding, good, requires improvement or inadequate.");
    }
}
