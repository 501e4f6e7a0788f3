package uk.partnership.portal.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.partnership.portal.action.ActionLinks;

/** When a body gains an action, its agendas still being built gain the "matters arising and action log" item. */
@ApplicationScoped
public class ActionLogAgendas {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void onActionLogged(@Observes ActionLinks.ActionLogged logged) {
        em.createQuery("select m from Meeting m where m.body.id = :b and m.status = :scheduled", Meeting.class)
                .setParameter("b", logged.bodyId()).setParameter("scheduled", MeetingStatus.SCHEDULED)
                .getResultStream().forEach(Meeting::addActionLogItem);
    }
}
