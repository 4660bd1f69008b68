package org.wildcase.species;

import java.util.List;

/** A species list file that cannot be imported; nothing of it was stored. */
public class SpeciesImportException extends RuntimeException {

    /** A problem on one line of the file (line 1 is the header). */
    public record LineError(int line, String column, String message) {
    }

    private final transient List<LineError> errors;

    public SpeciesImportException(List<LineError> errors) {
        super(errors.size() + " problem(s) in the species list; nothing was imported. First: line "
                + errors.get(0).line() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
