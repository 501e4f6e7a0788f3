/** Mail for people using the pages: their choices of e-mail, and the unsubscribe link that needs no sign-in. */
package uk.partnership.portal.web.mail;
