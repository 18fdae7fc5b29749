using Itou.Export.Publishing;
using Itou.Export.Space;

namespace Itou.Export.Cli.Ui;

/// <summary>How diagnostics read on a terminal.</summary>
internal static class DiagnosticText
{
    /// <summary>
    /// <c>file:line: code: message</c> with the file relative to the current folder, so that editors
    /// and CI annotations open the right file from where the command was run.
    /// </summary>
    public static string Line(Diagnostic diagnostic, GitBookSpace space)
    {
        var file = diagnostic.File.Length == 0
            ? space.Folder
            : Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(space.Root, diagnostic.File));
        return $"{file.Replace('\\', '/')}:{diagnostic.Line}: {diagnostic.Code}: {diagnostic.Message}";
    }

    /// <summary>Counts per code, most frequent first: <c>3 LINK-BROKEN, 1 SPACE-ORPHAN</c>.</summary>
    public static IReadOnlyList<(string Code, int Count)> ByCode(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.GroupBy(d => d.Code, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Code, StringComparer.Ordinal)];

    /// <summary>One line: <c>no diagnostic</c> or <c>5 diagnostics (3 LINK-BROKEN, 2 SPACE-ORPHAN)</c>.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Count switch
    {
        0 => "no diagnostic",
        var n => $"{n} diagnostic{(n == 1 ? "" : "s")} ({string.Join(", ", ByCode(diagnostics).Select(c => $"{c.Count} {c.Code}"))})",
    };
}
