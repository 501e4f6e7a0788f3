/** People who sign in: local credentials, sign-in throttling and API tokens. */
package uk.partnership.portal.account;
