/**
 * Bodies (boards, panels, sub-groups) and the memberships that give people their seats, and the report of who in
 * an agency has access to what. The top of the foundation (access, audit, agency, account, body): the business
 * features build on it, and it names none of them.
 */
package uk.partnership.portal.body;
