package uk.partnership.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a new password must be, as the NCSC advises: long enough, and not one an attacker tries first — a common or
 * breached password, a word with digits tacked on, a keyboard run, a repeated character, or the person's own name.
 * The guessing is nbvcxz's (its dictionaries include a large list of common passwords); the words are ours.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    private static final double MINIMUM_ENTROPY_BITS = 35;

    /** nbvcxz's dictionaries (common passwords, words, names) are read once, not on every check. */
    private static final List<Dictionary> DICTIONARIES = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());

    private PasswordPolicy() {
    }

    /** Why the password will not do, in words the person can act on; empty when it is acceptable. */
    public static Optional<String> problemWith(char[] password, String... personalWords) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            return Optional.of("Choose a password of at least " + MINIMUM_LENGTH + " characters.");
        }
        String text = new String(password);
        if (text.codePoints().distinct().count() < 5) {
            return Optional.of("Choose a password that is not one character or a few characters repeated.");
        }
        for (String word : personalWords) {
            if (word != null && word.length() >= 3 && text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.of("Choose a password that does not contain your name or username.");
            }
        }
        Result result = estimator(personalWords).estimate(text);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        return Optional.of("That password is too easy to guess: it is a common password, or made of common words, "
                + "names, dates or keyboard patterns. Try three or four unrelated words together.");
    }

    private static Nbvcxz estimator(String... personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(DICTIONARIES);
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("person").setExclusion(true);
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() >= 3) {
                        own.addWord(part, 0);
                    }
                }
            }
        }
        dictionaries.add(own.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
                .setMinimumEntropy(MINIMUM_ENTROPY_BITS).setLocale(Locale.UK).createConfiguration());
    }
}
