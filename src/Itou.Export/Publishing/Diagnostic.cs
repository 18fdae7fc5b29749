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

/// <summary>What a diagnostic says was left out or replaced in the document (see <see cref="Diagnostic.Replaces"/>).</summary>
[Flags]
public enum ReplacedContent
{
    /// <summary>Nothing: the content is in the document (or the diagnostic is not about content).</summary>
    None = 0,
    /// <summary>The picture at the diagnostic's line.</summary>
    Image = 1,
    /// <summary>The link at the diagnostic's line (printed as text, or not clickable).</summary>
    Link = 2,
    /// <summary>The whole block starting at the diagnostic's line, and everything inside it.</summary>
    Block = 4,
}

/// <summary>
/// One problem met while reading or writing a space: a code a tool can filter on, the file and line
/// it comes from (space-relative path, 1-based line, 0 when unknown) and a sentence for people.
/// </summary>
public sealed record Diagnostic(string Code, string File, int Line, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Warning)
{
    /// <summary>
    /// What the reporter left out or replaced at this line (a picture shown as its description, a link
    /// printed as text, a whole block): the content accounting counts such items as diagnosed, not lost.
    /// </summary>
    public ReplacedContent Replaces { get; init; }

    /// <summary>The <c>file:line: code: message</c> form editors and CI annotate.</summary>
    public override string ToString() => $"{File}:{Line}: {Code}: {Message}";
}
