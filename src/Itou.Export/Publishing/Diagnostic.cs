namespace Itou.Export.Publishing;

/// <summary>How much a diagnostic matters to the reader of the output.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the output is complete.</summary>
    Info,
    /// <summary>Something was adapted, replaced or left out; the output is still produced.</summary>
    Warning,
    /// <summary>Something could not be handled; the output is produced without it.</summary>
    Error,
}

/// <summary>
/// One problem met while reading or writing a space: a code a tool can filter on, the file and line
/// it comes from (space-relative path, 1-based line, 0 when unknown) and a sentence for people.
/// </summary>
public sealed record Diagnostic(string Code, string File, int Line, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Warning)
{
    /// <summary>The <c>file:line: code: message</c> form editors and CI annotate.</summary>
    public override string ToString() => $"{File}:{Line}: {Code}: {Message}";
}
