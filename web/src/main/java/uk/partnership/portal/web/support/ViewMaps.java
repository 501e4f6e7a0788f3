package uk.partnership.portal.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mojarra keeps a session's view-scoped beans in two maps (the views' maps, and the CDI contexts of their beans) that
 * it creates on the session's first view-scoped page by a get-then-put that is not atomic: when that first page is
 * asked for many times at once (a script, a person opening tabs), each request makes its own maps, all but one are
 * lost, and a page's bean vanishes while it is drawn (a 500 from a null link parameter). The maps are made here,
 * once, before any page of the session runs, of the kinds Mojarra makes: the views' map synchronized, least recently
 * used views dropped beyond {@code com.sun.faces.numberOfActiveViewMaps}; the contexts' map concurrent.
 */
public final class ViewMaps {

    /** Mojarra's session attribute, {@code ViewScopeManager.ACTIVE_VIEW_MAPS}. */
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    /** Mojarra's session attribute of the CDI view scope, {@code ViewScopeContextManager}'s. */
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    private static final Object CREATING = new Object();

    private ViewMaps() {
    }

    public static void prepare(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(ACTIVE_VIEW_MAPS) != null
                && session.getAttribute(ACTIVE_VIEW_CONTEXTS) != null) {
            return;
        }
        synchronized (CREATING) {
            if (session.getAttribute(ACTIVE_VIEW_MAPS) == null) {
                String configured = request.getServletContext().getInitParameter("com.sun.faces.numberOfActiveViewMaps");
                int size = configured == null ? 25 : Integer.parseInt(configured.strip());
                session.setAttribute(ACTIVE_VIEW_MAPS, Collections.synchronizedMap(new Recent(size)));
            }
            if (session.getAttribute(ACTIVE_VIEW_CONTEXTS) == null) {
                session.setAttribute(ACTIVE_VIEW_CONTEXTS, new java.util.concurrent.ConcurrentHashMap<String, Object>());
            }
        }
    }

    /** Keeps the {@code size} most recently used entries. */
    private static final class Recent extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        private final int size;

        Recent(int size) {
            super(size, 0.75f, true);
            this.size = size;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > size;
        }
    }
}
