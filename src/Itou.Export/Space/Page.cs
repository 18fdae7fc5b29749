using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Itou.Export.Space;

/// <summary>
/// One page of the space: where it is, its front matter, its parsed Markdown (one syntax tree with
/// typed GitBook nodes) and the heading ids links can point to.
/// </summary>
public sealed class Page
{
    internal Page(string path, PageFrontMatter frontMatter, MarkdownDocument document)
    {
        Path = path;
        FrontMatter = frontMatter;
        Document = document;
        HeadingIds = document.Descendants<HeadingBlock>()
            .Select(heading => heading.TryGetAttributes()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        TitleHeading = TitleHeadingOf(document);
        Title = HeadingTitle is { Length: > 0 } heading ? heading : FileTitle(path);
    }

    /// <summary>The title heading of a parsed page (see <see cref="TitleHeading"/>): the one rule both writers follow.</summary>
    internal static HeadingBlock? TitleHeadingOf(MarkdownDocument document) => document
        .FirstOrDefault(block => block is not BlankLineBlock and not LinkReferenceDefinitionGroup and not Markdig.Extensions.Yaml.YamlFrontMatterBlock)
        is HeadingBlock { Level: 1 } heading ? heading : null;

    // A folder page (dir/README.md) is better named after its folder than "README".
    private static string FileTitle(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var folder = System.IO.Path.GetFileName(SpacePaths.Directory(path));
        return name.Equals("README", StringComparison.OrdinalIgnoreCase) && folder.Length > 0 ? folder : name;
    }

    /// <summary>Space-relative path, forward slashes (<c>dir/page.md</c>): the page's identity.</summary>
    public string Path { get; }
    /// <summary>The title: the summary's, else the first level-1 heading, else the file name.</summary>
    public string Title { get; internal set; }
    /// <summary>
    /// The heading that is the page's title: its first block when that is a level-1 heading (GitBook
    /// writes the title so); null otherwise, and then the writers print <see cref="Title"/> above the page.
    /// </summary>
    public HeadingBlock? TitleHeading { get; }
    /// <summary>Text of <see cref="TitleHeading"/>, if any.</summary>
    public string? HeadingTitle => TitleHeading is { } heading ? InlineText.Of(heading.Inline) : null;
    /// <summary>The front matter (empty when there is none or it is malformed).</summary>
    public PageFrontMatter FrontMatter { get; }
    /// <summary>The parsed page. Line numbers are the file's (front matter lines are kept blank).</summary>
    public MarkdownDocument Document { get; }
    /// <summary>Ids of the page's headings, the targets of <c>page.md#id</c> links.</summary>
    public IReadOnlySet<string> HeadingIds { get; }
    /// <summary>The table-of-contents entry that shows this page, or null for an orphan.</summary>
    public TocNode? TocNode { get; internal set; }
    /// <summary>Whether the page is missing from the table of contents (it is then not printed in a book).</summary>
    public bool IsOrphan => TocNode is null;

    /// <inheritdoc/>
    public override string ToString() => Path;
}
