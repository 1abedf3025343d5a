package org.passhygiene.audit;

/**
 * What to do when most rows of a file could not be read for one cause: the one place such advice is written, so
 * readers that learn a new layout (e.g. dates in the exporting server's culture) add theirs here.
 */
final class SkipAdvice {

    private SkipAdvice() {
    }

    /**
     * @param format  the file's format
     * @param cause   the cause most of its rows failed for
     * @param example the first such row's reason
     * @return advice for the reader of the report, or null when there is none to give
     */
    static String advice(ExportFormat format, SkipCause cause, String example) {
        return switch (cause) {
            case BINARY -> "the file holds binary data or text in an encoding other than UTF-8 and UTF-16: save "
                    + "the export as UTF-8 (PowerShell: Export-Csv -Encoding UTF8)";
            case NOT_UTF8 -> "the file is not valid text in its encoding: save the export as UTF-8 (PowerShell: "
                    + "Export-Csv -Encoding UTF8; Excel: CSV UTF-8)";
            case UNCLOSED_QUOTE -> "remove or close the stray double quote on the line named, or export again";
            case FIELD_COUNT -> format == ExportFormat.SECRETSDUMP ? null
                    : "check that fields are separated by commas and that the file was not cut short or edited";
            default -> null; // BAD_DATE: a later step names the --date-order to pass
        };
    }
}
