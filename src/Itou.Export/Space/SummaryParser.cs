using System.Text.RegularExpressions;
using Itou.Export.Publishing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Space;

/// <summary>
/// Turns SUMMARY.md into the table of contents: the first-level heading is skipped, <c>## Group</c>
/// headings start groups, a <c>***</c> / <c>----</c> rule after entries starts an unnamed group, list
/// items <c>* [Title](page.md "Nav label")</c> are entries and nested lists their children.
/// </summary>
internal sealed partial class SummaryParser(string summaryPath, PageIndex pages, DiagnosticBag diagnostics)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private readonly List<TocNode> roots = [];
    private readonly HashSet<string> listed = new(StringComparer.Ordinal);
    private TocNode? group;

    /// <summary>The top-level entries of the summary text.</summary>
    public IReadOnlyList<TocNode> Parse(string text)
    {
        foreach (var block in Markdig.Markdown.Parse(text, Pipeline))
            Visit(block);
        return roots;
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 }:
                break; // "# Table of contents" / "# Summary": the file's own title
            case HeadingBlock heading:
                StartGroup(InlineText.Of(heading.Inline), AnchorId(heading.Inline), heading.Line + 1);
                break;
            case ThematicBreakBlock rule:
                StartUnnamedGroup(rule.Line + 1);
                break;
            case ListBlock list:
                AddItems(list, null);
                break;
            case LinkReferenceDefinitionGroup:
                break;
            default:
                Report(block.Line + 1, $"Ignored: a {block.GetType().Name} is not a summary entry.");
                break;
        }
    }

    private void StartGroup(string title, string? anchor, int line)
    {
        group = new TocNode(TocNodeKind.Group, title, line) { Anchor = anchor };
        roots.Add(group);
    }

    // GitBook writes a rule under every group heading: only a rule after entries opens a new group.
    private void StartUnnamedGroup(int line)
    {
        var current = group is null ? roots : group.Children;
        if (current.Count > 0)
            StartGroup("", null, line);
    }

    private void AddItems(ListBlock list, TocNode? parent)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var node = Entry(item);
            if (node is not null)
                Attach(node, parent);
            foreach (var nested in item.OfType<ListBlock>())
                AddItems(nested, node ?? parent);
        }
    }

    private void Attach(TocNode node, TocNode? parent)
    {
        if (parent is not null)
            parent.Add(node);
        else if (group is not null)
            group.Add(node);
        else
            roots.Add(node);
    }

    private TocNode? Entry(ListItemBlock item)
    {
        var link = item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline?.Descendants<LinkInline>().FirstOrDefault();
        if (link is null)
        {
            Report(item.Line + 1, "Ignored: a summary entry without a [Title](page.md) link.");
            return null;
        }
        var title = InlineText.Of(link);
        var url = link.Url ?? "";
        var line = item.Line + 1;
        return LinkTargets.IsExternal(url)
            ? new TocNode(TocNodeKind.Link, title, line) { Url = url, NavLabel = link.Title }
            : PageEntry(title, url, link.Title, line);
    }

    private TocNode PageEntry(string title, string url, string? navLabel, int line)
    {
        var (target, anchor) = LinkTargets.SplitAnchor(url);
        var path = SpacePaths.Combine(summaryPath, LinkTargets.Unescape(target));
        var page = path is null ? null : pages.Find(path);
        if (page is null)
            Report(line, $"The entry '{title}' points to '{url}', which is not a page of the space.");
        else if (!listed.Add(page))
            diagnostics.Report(DiagnosticCodes.SpaceSummaryDuplicate, summaryPath, line, $"'{page}' is listed more than once; printed at its first place only.");
        return new TocNode(TocNodeKind.Page, title, line) { Path = page ?? path ?? url, Anchor = anchor, NavLabel = string.IsNullOrEmpty(navLabel) ? null : navLabel };
    }

    private static string? AnchorId(ContainerInline? inline)
    {
        var html = inline?.Descendants<HtmlInline>().Select(tag => IdAttribute().Match(tag.Tag)).FirstOrDefault(match => match.Success);
        return html?.Groups[1].Value;
    }

    private void Report(int line, string message) =>
        diagnostics.Report(DiagnosticCodes.SpaceSummary, summaryPath, line, message);

    [GeneratedRegex("""\bid\s*=\s*["']([^"']*)["']""")]
    private static partial Regex IdAttribute();
}
