/**
 * People who sign in: local credentials, the password policy, sign-in throttling and API tokens. Above access,
 * audit and agency; below body, which gives people their seats.
 */
package uk.partnership.portal.account;
