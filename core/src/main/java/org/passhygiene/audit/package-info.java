/**
 * Audit of account exports against the AUP: readers for Active Directory, Google Workspace, Microsoft 365,
 * secretsdump/pwdump NTLM dumps, password-manager and generic CSV exports, streamed record by record (the formats are
 * one registry: each {@link org.passhygiene.audit.ExportFormat} holds how it is detected and read); the
 * {@link org.passhygiene.audit.Auditor} that turns records into {@link org.passhygiene.audit.Finding}s with stable
 * {@link org.passhygiene.audit.FindingCode}s (batches judged in parallel by {@code AuditRun}: {@code RecordJudge} per
 * record, with {@code BreachCheck}, {@code AccountFindings} and {@code PrivilegedGroups}; shared and reused passwords
 * grouped by {@code PasswordTags}), their clauses and details from the message bundle in the words of the active
 * policy ({@code FindingTexts}), with a "what to do" line per code ({@code finding.<CODE>.remedy}); the comparison
 * with a previous JSON report ({@link org.passhygiene.audit.AuditComparison}, read back bounded by
 * {@code PreviousReportReader}); and the report writers ({@link org.passhygiene.audit.ReportFormat}: text, JSON, CSV,
 * single-file HTML; the comparison section of each in {@code ComparisonSections}). Passwords and hashes are never
 * kept past the record that carries them and never appear in findings, skipped-row reasons or reports; identical
 * passwords are grouped by a short tag keyed with a per-report random key.
 *
 * <p>Besides passwords, the account around them: flags ({@code userAccountControl}: reversible encryption, no Kerberos
 * pre-authentication, DES-only keys, privileged accounts that may be delegated), second factors (Google's 2SV columns,
 * the Entra user registration details) and, with a {@link org.passhygiene.audit.Leavers} list, leavers whose accounts
 * are still enabled.
 *
 * <p>Embedding API: {@link org.passhygiene.audit.Auditor} (the entry point), the
 * {@link org.passhygiene.audit.AuditReport} it returns with its findings, codes and skipped rows,
 * {@link org.passhygiene.audit.Leavers}, {@link org.passhygiene.audit.AuditComparison} and
 * {@link org.passhygiene.audit.ReportFormat}. The readers, records and judging parts are package-private.
 */
package org.passhygiene.audit;
