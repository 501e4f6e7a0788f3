package uk.partnership.portal.web.support;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;

/**
 * How pages call services: a broken rule, a refusal or someone else's newer save becomes a message on the page,
 * and what the person typed stays in the form. Anything else is a real error and goes to the error page.
 */
public final class PageActions {

    private PageActions() {
    }

    public static boolean run(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The call's result, or null after putting its message on the page. */
    public static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            String message = messageFor(e);
            if (message == null) {
                throw e;
            }
            Messages.addGlobalError(message);
            Faces.validationFailed();
            return null;
        }
    }

    /** For page loads: an unknown or hidden record is the not-found page, whatever the reason. */
    public static <T> T loadOrNotFound(Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException | ForbiddenException | NumberFormatException e) {
            notFound();
            return null;
        }
    }

    public static void notFound() {
        Faces.responseSendError(404, "Not found");
    }

    public static long id(String value) {
        return Long.parseLong(value == null ? "" : value.strip());
    }

    static String messageFor(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException
                    || cause instanceof ForbiddenException || cause instanceof NotFoundException) {
                return cause.getMessage();
            }
            if (cause instanceof OptimisticLockException) {
                return ConflictException.STALE;
            }
        }
        if (DatabaseTrouble.nulCharacter(e)) {
            return DatabaseTrouble.NUL_CHARACTER;
        }
        if (DatabaseTrouble.unavailable(e)) {
            return DatabaseTrouble.UNAVAILABLE;
        }
        return null;
    }
}
