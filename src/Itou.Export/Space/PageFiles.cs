using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>Finds the page files of a space: every <c>.md</c> under the root except the summary and dot-folders (<c>.gitbook</c>, <c>.git</c>).</summary>
internal static class PageFiles
{
    // Symlinked folders are not walked: their content could be anywhere on the disk.
    private static readonly EnumerationOptions Options = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint,
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
    };

    /// <summary>Space-relative page paths, sorted ordinally, at most <see cref="ExportLimits.MaxPages"/>.</summary>
    public static IReadOnlyList<string> List(string root, GitBookConfig config, ExportLimits limits, DiagnosticBag diagnostics)
    {
        var summary = SpacePaths.Normalize(config.Summary);
        var paths = Walk(root)
            .Select(full => SpacePaths.Relative(root, full))
            .Where(path => path != summary)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (paths.Count <= limits.MaxPages)
            return paths;
        diagnostics.Report(DiagnosticCodes.LimitPageCount, "", 0, $"The space has {paths.Count} pages, more than the limit of {limits.MaxPages}: the rest are left out.", DiagnosticSeverity.Error);
        return paths[..limits.MaxPages];
    }

    private static IEnumerable<string> Walk(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", new EnumerationOptions { IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
            .Concat(Directory.EnumerateDirectories(folder, "*", Options)
                .Where(sub => !Path.GetFileName(sub).StartsWith('.'))
                .SelectMany(Walk));
}
