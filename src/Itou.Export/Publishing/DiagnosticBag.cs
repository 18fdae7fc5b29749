namespace Itou.Export.Publishing;

/// <summary>
/// Collects diagnostics from every stage of an export. Safe to report into from several threads;
/// <see cref="Items"/> is ordered by file, line and code so that output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (gate) items.Add(diagnostic);
    }

    /// <summary>Adds a warning (or the given severity) for a place in a file.</summary>
    public void Report(string code, string file, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Add(new Diagnostic(code, file, line, message, severity));

    /// <summary>Adds a diagnostic saying that what stood at a place in a file was left out or replaced (see <see cref="Diagnostic.Replaces"/>).</summary>
    public void Replaced(ReplacedContent replaces, string code, string file, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Add(new Diagnostic(code, file, line, message, severity) { Replaces = replaces });

    /// <summary>How many diagnostics were reported.</summary>
    public int Count { get { lock (gate) return items.Count; } }

    /// <summary>The diagnostics, in a stable order (file, line, code, message).</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (gate)
            {
                return [.. items
                    .OrderBy(d => d.File, StringComparer.Ordinal)
                    .ThenBy(d => d.Line)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ThenBy(d => d.Message, StringComparer.Ordinal)
                    .Distinct()];
            }
        }
    }
}
