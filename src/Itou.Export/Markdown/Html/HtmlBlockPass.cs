using Itou.Export.Markdown.Alignment;
using Itou.Export.Markdown.Details;
using Itou.Export.Markdown.Figures;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Html;

/// <summary>
/// Replaces every <see cref="HtmlBlock"/> by typed blocks (<see cref="HtmlConverter"/>). Two GitBook forms
/// span several blocks and are handled here: <c>&lt;details&gt;</c> … Markdown … <c>&lt;/details&gt;</c>, and
/// <c>&lt;div align="…"&gt;</c> … Markdown image … <c>&lt;/div&gt;</c>. No <see cref="HtmlBlock"/> is left for writers.
/// </summary>
internal static class HtmlBlockPass
{
    public static void Run(MarkdownDocument document, PageState page)
    {
        // In document order: an opening <details> takes its body (HTML blocks there are converted later,
        // in their new place) and removes its closing block, which is then skipped.
        foreach (var html in BlockTree.All<HtmlBlock>(document))
        {
            if (html.Parent is not null) Convert(html, page);
        }
        foreach (var paragraph in BlockTree.All<ParagraphBlock>(document))
        {
            if (OnlyHtml(paragraph) is { } html) Replace(paragraph, HtmlFragment.Parse(html), new HtmlConverter(page, paragraph.Line));
        }
    }

    private static void Convert(HtmlBlock html, PageState page)
    {
        var parent = html.Parent!;
        var text = html.Lines.ToString();
        var tree = HtmlFragment.Parse(text);
        var converter = new HtmlConverter(page, html.Line);
        if (OpensWithoutClosing(text, "details") && DetailsDepth(html) < page.Context.Limits.MaxNestingDepth / 2)
        {
            var body = TakeUntilClosing(html, "details");
            var details = DetailsHtml.Wrap(html, tree, body, converter);
            parent[parent.IndexOf(html)] = details;
            return;
        }
        if (OpensWithoutClosing(text, "div") && tree.Find("div")?.Tag?.Attribute("align") is { } align)
        {
            var taken = new List<Block>();
            foreach (var block in TakeUntilClosing(html, "div"))
            {
                var placed = block;
                if (block is ParagraphBlock paragraph && FigureHtml.FromImageParagraph(paragraph, FigureHtml.ParseAlign(align)) is { } figure)
                    paragraph.Parent![paragraph.Parent.IndexOf(paragraph)] = placed = figure;
                if (placed is FigureBlock { Align: FigureAlign.Default } existing) existing.Align = FigureHtml.ParseAlign(align);
                taken.Add(placed);
            }
            // The div's text blocks go into one aligned block, where the first of them was.
            if (taken.Count > 0)
            {
                var at = parent.IndexOf(taken[0]);
                if (AlignedBlock.Around(taken, FigureHtml.ParseAlign(align)) is [AlignedBlock { Parent: null } aligned])
                    parent.Insert(at, aligned);
            }
        }
        Replace(html, tree, converter);
    }

    private static void Replace(Block original, HtmlNode tree, HtmlConverter converter)
    {
        var parent = original.Parent!;
        var at = parent.IndexOf(original);
        parent.RemoveAt(at);
        foreach (var block in converter.Blocks(tree))
        {
            block.Line = original.Line;
            parent.Insert(at++, block);
        }
    }

    /// <summary>
    /// <c>&lt;picture&gt;</c> and <c>&lt;figure&gt;</c> are not HTML block starters for CommonMark, so a paragraph may hold
    /// nothing but their inline tags: returns that HTML (to be read as a block), or null.
    /// </summary>
    private static string? OnlyHtml(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not HtmlInline first || HtmlTag.Parse(first.Tag) is not { Name: "picture" or "figure" or "img" } tag || tag.Attribute("data-size") == "line")
            return null;
        var html = new System.Text.StringBuilder();
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case HtmlInline part: html.Append(part.Tag); break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace(): break;
                case LineBreakInline: break;
                default: return null;
            }
        }
        return html.ToString();
    }

    /// <summary>How many details already enclose a block: past the limit, further ones are not wrapped (their tags are dropped).</summary>
    private static int DetailsDepth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is DetailsBlock) depth++;
        }
        return depth;
    }

    private static bool OpensWithoutClosing(string text, string name) =>
        text.TrimStart().StartsWith("<" + name, StringComparison.OrdinalIgnoreCase) &&
        CountTags(text, "<" + name) > CountTags(text, "</" + name);

    private static int CountTags(string text, string start)
    {
        var count = 0;
        for (var at = text.IndexOf(start, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(start, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var next = at + start.Length < text.Length ? text[at + start.Length] : '>';
            if (next is '>' or ' ' or '\n' or '/' or '\t') count++;
        }
        return count;
    }

    /// <summary>The siblings after <paramref name="opening"/> up to the HTML block that closes it (removed, with its closing tag); all of them if it is never closed.</summary>
    private static List<Block> TakeUntilClosing(HtmlBlock opening, string name)
    {
        var parent = opening.Parent!;
        var taken = new List<Block>();
        var depth = 1;
        for (var i = parent.IndexOf(opening) + 1; i < parent.Count; i++)
        {
            var block = parent[i];
            if (block is HtmlBlock html)
            {
                var text = html.Lines.ToString();
                depth += CountTags(text, "<" + name) - CountTags(text, "</" + name);
                if (depth <= 0)
                {
                    parent.RemoveAt(i);
                    break;
                }
            }
            taken.Add(block);
        }
        return taken;
    }
}
