package org.wildcase.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Words as the translation files have them: a key (for example {@code explain.PERMIT_EXPIRED}) and its arguments,
 * each a value shown as it is (a species name, a permit number, a date) or a phrase of its own (a document's kind,
 * "an unstated source"), said in the same language. A finding keeps its explanation as a phrase, so that each reader
 * reads it in their language; the API's {@code message} is its English wording.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.stream(args).map(a -> a instanceof Phrase ? a : String.valueOf(a)).toList());
    }

    /**
     * The phrase in words: {@code words} is a translation lookup such as a Vaadin component's
     * {@code getTranslation} or a {@code MessageSource} for a locale. Values go in as text, so that a number is not
     * regrouped by the language's number format.
     */
    public String in(BiFunction<String, Object[], String> words) {
        Object[] said = args.stream().map(a -> a instanceof Phrase p ? p.in(words) : a).toArray();
        return words.apply(key, said);
    }

    /** A compact form to store: {@code key(arg|arg)}, where a phrase argument nests and {@code \ ( ) |} are escaped. */
    public String stored() {
        StringBuilder out = new StringBuilder(escape(key)).append('(');
        for (int i = 0; i < args.size(); i++) {
            out.append(i == 0 ? "" : "|");
            out.append(args.get(i) instanceof Phrase p ? "@" + p.stored() : escape((String) args.get(i)));
        }
        return out.append(')').toString();
    }

    /** The phrase {@link #stored()} wrote; null for null (findings stored before explanations were kept). */
    public static Phrase fromStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int[] at = {0};
        return read(stored, at);
    }

    private static Phrase read(String s, int[] at) {
        String key = token(s, at);
        expect(s, at, '(');
        List<Object> args = new ArrayList<>();
        if (s.charAt(at[0]) != ')') {
            while (true) {
                if (s.charAt(at[0]) == '@') {
                    at[0]++;
                    args.add(read(s, at));
                } else {
                    args.add(token(s, at));
                }
                if (s.charAt(at[0]) == '|') {
                    at[0]++;
                } else {
                    break;
                }
            }
        }
        expect(s, at, ')');
        return new Phrase(key, args);
    }

    private static String token(String s, int[] at) {
        StringBuilder out = new StringBuilder();
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (c == '\\') {
                out.append(s.charAt(at[0] + 1));
                at[0] += 2;
            } else if (c == '(' || c == ')' || c == '|') {
                break;
            } else {
                out.append(c);
                at[0]++;
            }
        }
        return out.toString();
    }

    private static void expect(String s, int[] at, char c) {
        if (at[0] >= s.length() || s.charAt(at[0]) != c) {
            throw new IllegalArgumentException("Not a stored phrase at " + at[0] + ": " + s);
        }
        at[0]++;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("|", "\\|")
                .replace("@", "\\@");
    }
}
