/**
 * The access policy: who the caller is and what their memberships let them see. The bottom of the foundation: it
 * reads people and seats by query and names no other feature's classes, so every feature may ask it.
 */
package uk.partnership.portal.access;
