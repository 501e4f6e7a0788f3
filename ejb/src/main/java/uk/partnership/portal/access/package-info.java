/**
 * The access policy: who the caller is and what their memberships let them see. The bottom of the foundation: it
 * reads people and seats by query and names no other feature's classes, so every feature may ask it.
 *
 * <p>The caller is read once per request ({@code RequestCaller}). The read rule is {@code AccessPolicy.maySee} for a
 * single record and the same rule as a JPQL {@link uk.partnership.portal.access.Condition} for lists
 * ({@code ScopeCondition}; {@code body.WorkingRecords} for a body's working records), so lists are filtered by the
 * database, never after loading.
 */
package uk.partnership.portal.access;
