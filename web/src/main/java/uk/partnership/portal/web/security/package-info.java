/** Sign-in for pages and the API: one Jakarta Security mechanism, session cookie settings, the current user. */
package uk.partnership.portal.web.security;
