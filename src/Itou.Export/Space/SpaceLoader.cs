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
    /// Loads the space in <paramref name="folder"/> on pool threads, checking
    /// <paramref name="cancellationToken"/> between pages. Diagnostics go to <paramref name="diagnostics"/>
    /// (a new bag when null), available afterwards as <see cref="GitBookSpace.Diagnostics"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<GitBookSpace> LoadAsync(string folder, ExportLimits? limits = null, DiagnosticBag? diagnostics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        // Page files are small and local: reading them synchronously on pool threads beats an await per file.
        return Task.Run(() => Load(folder, limits ?? new ExportLimits(), diagnostics ?? new DiagnosticBag(), cancellationToken), cancellationToken);
    }

    private static GitBookSpace Load(string folder, ExportLimits limits, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var spaceFolder = Path.GetFullPath(folder);
        if (!Directory.Exists(spaceFolder))
            throw new DirectoryNotFoundException("No GitBook space folder at " + spaceFolder);
        var folderFiles = new SpaceFileReader(SpacePaths.RealPath(spaceFolder), limits, diagnostics);
        var config = ReadConfig(folderFiles, diagnostics);
        var files = new SpaceFileReader(ContentRoot(folderFiles.RealRoot, config, diagnostics), limits, diagnostics);
        var variables = ReadVariables(files, diagnostics);
        var pagePaths = PageFiles.List(files.RealRoot, config, limits, diagnostics);
        var toc = ReadSummary(files, config, new PageIndex(pagePaths, config.Readme), diagnostics);
        var pages = ReadPages(new PageReader(files, variables, limits, diagnostics), pagePaths, cancellationToken);
        return new GitBookSpace(new SpaceParts(spaceFolder, files.RealRoot, config, toc, pages, variables, diagnostics, limits));
    }

    private static GitBookConfig ReadConfig(SpaceFileReader folderFiles, DiagnosticBag diagnostics)
    {
        var yaml = ReadIfPresent(folderFiles, GitBookConfig.FileName);
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

    private static IReadOnlyDictionary<string, string> ReadVariables(SpaceFileReader files, DiagnosticBag diagnostics)
    {
        var yaml = ReadIfPresent(files, VariablesFile);
        var mapping = yaml is null ? null : YamlText.ReadMapping(yaml, VariablesFile, 1, DiagnosticCodes.SpaceConfig, diagnostics);
        return mapping is null ? new Dictionary<string, string>() : YamlText.Flatten(mapping, "space.vars.");
    }

    private static IReadOnlyList<TocNode>? ReadSummary(SpaceFileReader files, GitBookConfig config, PageIndex pages, DiagnosticBag diagnostics)
    {
        var summaryPath = SpacePaths.Normalize(config.Summary);
        var text = summaryPath is null ? null : ReadIfPresent(files, summaryPath);
        return text is null ? null : new SummaryParser(summaryPath!, pages, diagnostics).Parse(text);
    }

    // Optional files: absent is normal (defaults apply), present but unreadable is reported by the reader.
    private static string? ReadIfPresent(SpaceFileReader files, string spacePath) =>
        File.Exists(Path.Combine(files.RealRoot, spacePath)) ? files.Read(spacePath) : null;

    // Pages parse independently (the bag is thread-safe and sorts what it holds): one page per core,
    // each landing at its own index so the order stays the sorted path order.
    private static List<Page> ReadPages(PageReader reader, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var pages = new Page?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken }, index => pages[index] = reader.Read(paths[index]));
        return [.. pages.OfType<Page>()];
    }
}
