using Itou.Export.Publishing;

namespace Itou.Export.Markdown;

/// <summary>
/// What the GitBook dialect needs from the space while it parses one page (the docfx-style context):
/// where the page is, how to read an included file without leaving the space, the space variables and
/// where to report problems. The Space layer builds one per page; the dialect never touches the disk.
/// </summary>
public sealed class GitBookParseContext
{
    /// <summary>Space-relative path of the page being parsed (forward slashes), used in diagnostics.</summary>
    public required string FilePath { get; init; }

    /// <summary>Where problems are reported.</summary>
    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>
    /// The space's include reader: given the context asking (its file and include chain), the
    /// reference as written and the 1-based line of the include tag, returns the included file's
    /// space-relative path and text, or null when it is missing, outside the space, cyclic or too deep
    /// (the reader reports why, at that line).
    /// </summary>
    public Func<GitBookParseContext, string, int, (string Path, string Text)?> IncludeReader { get; init; } = (_, _, _) => null;

    /// <summary>
    /// Reads a file referenced from this page (an <c>{% include %}</c> target) given the reference as
    /// written and the 1-based line of the tag; returns its space-relative path and text, or null when
    /// it is missing, outside the space, cyclic or too deep (the reader reports why, at that line).
    /// Parse the text with <see cref="ForInclude"/>.
    /// </summary>
    public (string Path, string Text)? ReadInclude(string reference, int line) => IncludeReader(this, reference, line);

    /// <summary>The context for parsing an included file: same space, this file appended to the chain.</summary>
    public GitBookParseContext ForInclude(string includePath) => new()
    {
        FilePath = includePath,
        Diagnostics = Diagnostics,
        IncludeReader = IncludeReader,
        Variables = Variables,
        Limits = Limits,
        IncludeChain = [.. IncludeChain, FilePath],
    };

    /// <summary>Space and page variables (<c>space.vars.x</c>, <c>page.vars.x</c> keys).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Bounds on nesting and includes.</summary>
    public ExportLimits Limits { get; init; } = new();

    /// <summary>The include chain that led here (space-relative paths), for cycle detection.</summary>
    public IReadOnlyList<string> IncludeChain { get; init; } = [];

    /// <summary>Reports a problem at a line of this page.</summary>
    public void Report(string code, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Diagnostics.Report(code, FilePath, line, message, severity);
}
