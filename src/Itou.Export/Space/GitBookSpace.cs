using Itou.Export.Publishing;

namespace Itou.Export.Space;

/// <summary>
/// A loaded GitBook space: its configuration, its table of contents, every page parsed, the orphan
/// pages, the space variables and every diagnostic met while reading it. Built by <see cref="SpaceLoader"/>.
/// </summary>
public sealed class GitBookSpace
{
    private readonly Dictionary<string, Page> pagesByPath;
    private readonly PageIndex index;

    internal GitBookSpace(SpaceParts parts)
    {
        Folder = parts.Folder;
        Root = parts.Root;
        Config = parts.Config;
        Variables = parts.Variables;
        Diagnostics = parts.Diagnostics;
        Limits = parts.Limits;
        HasSummary = parts.Toc is not null;
        pagesByPath = parts.Pages.ToDictionary(page => page.Path, StringComparer.Ordinal);
        index = new PageIndex(pagesByPath.Keys, Config.Readme);
        Toc = parts.Toc ?? FolderTree.Build(parts.Pages, Config.Readme);
        AttachPages();
        Orphans = [.. parts.Pages.Where(page => page.IsOrphan)];
        Pages = [.. TocEntries.Select(node => node.Page).OfType<Page>().Concat(Orphans)];
        Assets = new AssetResolver(Root, Diagnostics);
        ReportOrphans();
    }

    /// <summary>The space folder (absolute; where .gitbook.yaml is).</summary>
    public string Folder { get; }
    /// <summary>The content root (absolute, symlinks resolved): page paths are relative to it.</summary>
    public string Root { get; }
    /// <summary>The .gitbook.yaml settings (defaults when absent).</summary>
    public GitBookConfig Config { get; }
    /// <summary>Whether the tree comes from SUMMARY.md (false: built from the folders).</summary>
    public bool HasSummary { get; }
    /// <summary>The top-level table-of-contents entries (groups, pages, links).</summary>
    public IReadOnlyList<TocNode> Toc { get; }
    /// <summary>Every entry of the table of contents in reading order (depth first).</summary>
    public IEnumerable<TocNode> TocEntries => Toc.SelectMany(node => node.DescendantsAndSelf());
    /// <summary>Every page: in table-of-contents order, then the orphans by path.</summary>
    public IReadOnlyList<Page> Pages { get; }
    /// <summary>Pages that the table of contents does not list (each reported as <see cref="DiagnosticCodes.SpaceOrphan"/>).</summary>
    public IReadOnlyList<Page> Orphans { get; }
    /// <summary>Space variables from .gitbook/vars.yaml, keyed <c>space.vars.name</c>.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }
    /// <summary>Where every problem met reading (and later exporting) the space is reported.</summary>
    public DiagnosticBag Diagnostics { get; }
    /// <summary>The bounds the space was read with.</summary>
    public ExportLimits Limits { get; }
    /// <summary>Resolves image and file references of the pages to contained files.</summary>
    public AssetResolver Assets { get; }

    /// <summary>The space's title: the root readme's title heading, else the first table-of-contents entry.</summary>
    public string Title =>
        FindPage(Config.Readme)?.HeadingTitle
        ?? TocEntries.FirstOrDefault(node => node.Kind == TocNodeKind.Page)?.Title
        ?? Path.GetFileName(Folder);

    /// <summary>The root readme's front matter description, if any.</summary>
    public string? Description => FindPage(Config.Readme)?.FrontMatter.Description;

    /// <summary>
    /// The page a space-relative path designates as GitBook would find it (<c>dir/page.md</c>,
    /// <c>dir/</c> for its readme, or without <c>.md</c>), or null.
    /// </summary>
    public Page? FindPage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var normalized = SpacePaths.Normalize(path);
        var found = normalized is null ? null : index.Find(normalized);
        return found is null ? null : pagesByPath[found];
    }

    // A page listed twice keeps its first entry; the summary parser reported the second.
    private void AttachPages()
    {
        foreach (var node in TocEntries.Where(node => node.Kind == TocNodeKind.Page))
        {
            if (node.Path is null || !pagesByPath.TryGetValue(node.Path, out var page) || page.TocNode is not null)
                continue;
            node.Page = page;
            page.TocNode = node;
            if (HasSummary && node.Title.Length > 0)
                page.Title = node.Title;
        }
    }

    private void ReportOrphans()
    {
        foreach (var orphan in Orphans)
            Diagnostics.Report(DiagnosticCodes.SpaceOrphan, orphan.Path, 0, $"The page is not in {Config.Summary}: it is not printed in a book.");
    }
}

/// <summary>What the loader gathered, handed to <see cref="GitBookSpace"/> in one piece.</summary>
internal sealed record SpaceParts(
    string Folder,
    string Root,
    GitBookConfig Config,
    IReadOnlyList<TocNode>? Toc,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, string> Variables,
    DiagnosticBag Diagnostics,
    ExportLimits Limits);
