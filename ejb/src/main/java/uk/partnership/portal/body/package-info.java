/** Bodies (boards, panels, sub-groups) and the memberships that give people their seats. */
package uk.partnership.portal.body;
