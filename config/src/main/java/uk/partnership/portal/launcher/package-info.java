/** The one-command embedded run: PostgreSQL from the zonky binaries plus Payara Micro as a child process. */
package uk.partnership.portal.launcher;
