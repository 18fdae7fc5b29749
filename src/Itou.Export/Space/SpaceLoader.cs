using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>
/// Reads a GitBook space folder (a Git Sync checkout) into a <see cref="GitBookSpace"/>: configuration,
/// summary, every page read, decoded and parsed. Problems become diagnostics; nothing outside the
/// folder is read.
/// </summary>
public static class SpaceLoader
{
    private const string VariablesFile = ".gitbook/vars.yaml";

    /// <summary>
    /// Loads the space in <paramref name="folder"/>. Diagnostics go to <paramref name="diagnostics"/>
    /// (a new bag when null), available afterwards as <see cref="GitBookSpace.Diagnostics"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static async Task<GitBookSpace> LoadAsync(string folder, ExportLimits? limits = null, DiagnosticBag? diagnostics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        limits ??= new ExportLimits();
        diagnostics ??= new DiagnosticBag();
        var spaceFolder = Path.GetFullPath(folder);
        if (!Directory.Exists(spaceFolder))
            throw new DirectoryNotFoundException("No GitBook space folder at " + spaceFolder);
        var folderFiles = new SpaceFileReader(SpacePaths.RealPath(spaceFolder), limits, diagnostics);
        var config = await ReadConfigAsync(folderFiles, diagnostics, cancellationToken);
        var files = new SpaceFileReader(ContentRoot(folderFiles.RealRoot, config, diagnostics), limits, diagnostics);
        var variables = await ReadVariablesAsync(files, diagnostics, cancellationToken);
        var pagePaths = PageFiles.List(files.RealRoot, config, limits, diagnostics);
        var toc = await ReadSummaryAsync(files, config, new PageIndex(pagePaths, config.Readme), diagnostics, cancellationToken);
        var pages = await ReadPagesAsync(new PageReader(files, variables, limits, diagnostics), pagePaths, cancellationToken);
        return new GitBookSpace(new SpaceParts(spaceFolder, files.RealRoot, config, toc, pages, variables, diagnostics, limits));
    }

    private static async Task<GitBookConfig> ReadConfigAsync(SpaceFileReader folderFiles, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folderFiles.RealRoot, GitBookConfig.FileName)))
            return GitBookConfig.Default;
        var yaml = await folderFiles.ReadAsync(GitBookConfig.FileName, cancellationToken);
        return yaml is null ? GitBookConfig.Default : GitBookConfig.Parse(yaml, diagnostics);
    }

    private static string ContentRoot(string realFolder, GitBookConfig config, DiagnosticBag diagnostics)
    {
        var relative = SpacePaths.Normalize(config.Root);
        var root = relative is null ? null : SpacePaths.Contained(realFolder, relative);
        if (root is not null && Directory.Exists(root))
            return SpacePaths.RealPath(root);
        diagnostics.Report(DiagnosticCodes.SpaceRoot, GitBookConfig.FileName, 0, $"root '{config.Root}' is not a folder inside the space: the space folder is used.", DiagnosticSeverity.Error);
        return realFolder;
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadVariablesAsync(SpaceFileReader files, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var yaml = File.Exists(Path.Combine(files.RealRoot, VariablesFile)) ? await files.ReadAsync(VariablesFile, cancellationToken) : null;
        var mapping = yaml is null ? null : YamlText.ReadMapping(yaml, VariablesFile, 1, DiagnosticCodes.SpaceConfig, diagnostics);
        return mapping is null ? new Dictionary<string, string>() : YamlText.Flatten(mapping, "space.vars.");
    }

    private static async Task<IReadOnlyList<TocNode>?> ReadSummaryAsync(SpaceFileReader files, GitBookConfig config, PageIndex pages, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var summaryPath = SpacePaths.Normalize(config.Summary);
        if (summaryPath is null || !File.Exists(Path.Combine(files.RealRoot, summaryPath)))
            return null;
        var text = await files.ReadAsync(summaryPath, cancellationToken);
        return text is null ? null : new SummaryParser(summaryPath, pages, diagnostics).Parse(text);
    }

    private static async Task<List<Page>> ReadPagesAsync(PageReader reader, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var pages = new List<Page>(paths.Count);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await reader.ReadAsync(path, cancellationToken) is { } page)
                pages.Add(page);
        }
        return pages;
    }
}
