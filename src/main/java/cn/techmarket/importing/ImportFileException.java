package cn.techmarket.importing;

import cn.techmarket.common.InvalidInputException;

import java.util.Locale;

/** A file that cannot be imported at all (wrong type, unreadable, too big, no known columns): nothing is started. */
public class ImportFileException extends RuntimeException {
    static final String FILE_FIELD = "file";
    private final Text message;

    public ImportFileException(String key, Object... args) {
        super(key);
        this.message = Text.of(key, args);
    }

    /** The 400 the API and the form show, beside the file field, in the caller's language. */
    public InvalidInputException asInvalidInput(Locale locale) {
        return new InvalidInputException(FILE_FIELD, message.in(locale));
    }
}
