using System.Text.Json;
using System.Text.Json.Serialization;
using Itou.Export.Cli.Ui;
using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Cli.Output;

/// <summary>What <c>--report FILE</c> writes: the run's counts and diagnostics as JSON, for dashboards and CI.</summary>
internal sealed record RunReport(
    string Command,
    string Space,
    string? Selection,
    int Pages,
    int DiagnosticCount,
    IReadOnlyDictionary<string, int> DiagnosticsByCode,
    IReadOnlyList<RunReport.Item> Diagnostics,
    double Seconds)
{
    /// <summary>One diagnostic as written in the report (space-relative file).</summary>
    internal sealed record Item(string File, int Line, string Code, string Severity, string Message);

    /// <summary>The written document, for export commands.</summary>
    public string? Output { get; init; }
    /// <summary>Its size in bytes.</summary>
    public long? OutputBytes { get; init; }
    /// <summary>
    /// For export commands, per kind of content (text, image, link…): how many the selected pages hold,
    /// how many are in the document, how many were left out or replaced with a diagnostic, and how
    /// many went missing without one (0 when nothing was lost).
    /// </summary>
    public IReadOnlyDictionary<string, ContentCounts>? Content { get; init; }

    /// <summary>One kind of content in the report.</summary>
    internal sealed record ContentCounts(int Expected, int Written, int Diagnosed, int Missing);

    /// <summary>The report's form of an export's content accounting, keyed by kind in camel case.</summary>
    public static Dictionary<string, ContentCounts> ContentOf(ContentReport content) =>
        content.Counts.ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()),
            c => new ContentCounts(c.Expected, c.Written, c.Diagnosed, c.Missing), StringComparer.Ordinal);

    // Serialised by generated code (RunReportJson), not reflection: the tool is compiled ahead of time.
    private static readonly RunReportJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static RunReport For(string command, GitBookSpace space, ExportSelection? selection, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed) => new(
        command,
        space.Folder,
        selection is null || selection.Kind == SelectionKind.Book ? null : $"{selection.Kind.ToString().ToLowerInvariant()}: {selection.Path}",
        space.Pages.Count,
        diagnostics.Count,
        DiagnosticText.ByCode(diagnostics).ToDictionary(c => c.Code, c => c.Count, StringComparer.Ordinal),
        [.. diagnostics.Select(d => new Item(d.File, d.Line, d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message))],
        Math.Round(elapsed.TotalSeconds, 3));

    /// <summary>Writes the report atomically.</summary>
    public static async Task WriteAsync(string path, RunReport report, CancellationToken cancellationToken)
    {
        await using var output = AtomicOutput.Create(path);
        await JsonSerializer.SerializeAsync(output.Stream, report, Json.RunReport, cancellationToken);
        await output.CommitAsync(cancellationToken);
    }
}

/// <summary>The report's JSON contract, generated at build time.</summary>
[JsonSerializable(typeof(RunReport))]
internal sealed partial class RunReportJson : JsonSerializerContext;
