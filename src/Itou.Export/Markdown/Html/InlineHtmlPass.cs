using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Html;

/// <summary>
/// Turns Markdig's raw <see cref="HtmlInline"/> runs (<c>&lt;strong&gt;</c> … <c>&lt;/strong&gt;</c>) into typed
/// inlines (see <see cref="InlineElements"/>): an opening tag and its matching closing sibling become one
/// container holding what was between them; void tags become leaves; unmatched or unknown tags are
/// dropped and their content kept. No <see cref="HtmlInline"/> is left for writers.
/// </summary>
internal static class InlineHtmlPass
{
    public static void Run(MarkdownDocument document, PageState page)
    {
        var tags = new Dictionary<HtmlInline, HtmlTag?>(ReferenceEqualityComparer.Instance);
        foreach (var leaf in BlockTree.All<LeafBlock>(document))
        {
            if (leaf.Inline is null) continue;
            var pending = new Stack<ContainerInline>();
            pending.Push(leaf.Inline);
            while (pending.Count > 0) Convert(pending.Pop(), pending, page, leaf.Line, tags);
        }
    }

    /// <summary>Parsed tags are kept so that matching a run of 5,000 nested tags does not re-read the same HTML.</summary>
    private static HtmlTag? TagOf(HtmlInline html, Dictionary<HtmlInline, HtmlTag?> tags)
    {
        if (!tags.TryGetValue(html, out var tag)) tags[html] = tag = HtmlTag.Parse(html.Tag);
        return tag;
    }

    private static void Convert(ContainerInline container, Stack<ContainerInline> pending, PageState page, int line, Dictionary<HtmlInline, HtmlTag?> tags)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            if (child is HtmlInline html)
                next = Replace(html, page, line, tags) ?? next;
            else if (child is ContainerInline nested)
                pending.Push(nested);
            child = next;
        }
    }

    /// <summary>Replaces one HTML inline (and, for an element, everything up to its closing tag); returns the node to continue from.</summary>
    private static Inline? Replace(HtmlInline html, PageState page, int line, Dictionary<HtmlInline, HtmlTag?> tags)
    {
        var tag = TagOf(html, tags);
        if (tag is null || tag.IsClosing)
        {
            // Comments, stray closing tags: nothing to print.
            var after = html.NextSibling;
            html.Remove();
            return after;
        }
        if (tag.IsVoid)
        {
            var leaf = InlineElements.Void(tag);
            var after = html.NextSibling;
            if (leaf is null) html.Remove();
            else html.ReplaceBy(leaf);
            return after;
        }
        var closing = FindClosing(html, tag.Name, tags);
        if (closing is null)
        {
            var after = html.NextSibling;
            html.Remove();
            return after;
        }
        var content = new List<Inline>();
        for (var node = html.NextSibling; node != closing; node = node!.NextSibling) content.Add(node!);
        Inline replacement;
        if (InlineElements.TakesText(tag))
        {
            replacement = InlineElements.FromText(tag, string.Concat(content.Select(InlineText.Of)), page, line);
            foreach (var node in content) node.Remove();
        }
        else
        {
            var container = InlineElements.Container(tag, page);
            if (container is null)
            {
                // Keep the content in place, drop both tags; the content is converted as the walk goes on.
                var (before, parent) = (html.PreviousSibling, html.Parent);
                html.Remove();
                closing.Remove();
                // Paragraphs inside a pipe-table cell (`<p>a</p><p>b</p>`) are lines of the cell.
                if (tag.Name == "p" && before is not null) before.InsertAfter(new LineBreakInline { IsHard = true });
                return before is null ? parent?.FirstChild : before.NextSibling;
            }
            foreach (var node in content)
            {
                node.Remove();
                container.AppendChild(node);
            }
            replacement = container;
        }
        closing.Remove();
        html.ReplaceBy(replacement);
        // Continue with the new node itself so that its content is converted too.
        return replacement;
    }

    private static HtmlInline? FindClosing(HtmlInline opening, string name, Dictionary<HtmlInline, HtmlTag?> tags)
    {
        var depth = 0;
        for (var node = opening.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is not HtmlInline html || TagOf(html, tags) is not { } tag || tag.Name != name || tag.IsVoid) continue;
            if (!tag.IsClosing) depth++;
            else if (depth-- == 0) return html;
        }
        return null;
    }
}
