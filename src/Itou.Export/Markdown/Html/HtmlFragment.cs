using System.Net;
using System.Text.RegularExpressions;

namespace Itou.Export.Markdown.Html;

/// <summary>A node of a small, tolerant HTML tree: an element (with <see cref="Tag"/>) or a text run.</summary>
internal sealed class HtmlNode
{
    public HtmlTag? Tag { get; init; }

    /// <summary>Decoded text, for text nodes.</summary>
    public string Text { get; init; } = "";

    public List<HtmlNode> Children { get; } = [];

    public string Name => Tag?.Name ?? "#text";

    public IEnumerable<HtmlNode> Elements(string name) => Children.Where(c => c.Name == name);

    /// <summary>First descendant element with that name (breadth-first, no recursion).</summary>
    public HtmlNode? Find(string name)
    {
        var queue = new Queue<HtmlNode>(Children);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node.Name == name) return node;
            foreach (var child in node.Children) queue.Enqueue(child);
        }
        return null;
    }

    /// <summary>All the text under this node, whitespace collapsed.</summary>
    public string InnerText()
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<HtmlNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Tag is null) text.Append(node.Text);
            else if (node.Name == "br") text.Append(' ');
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push(node.Children[i]);
        }
        return HtmlFragment.CollapseSpace(text.ToString()).Trim();
    }
}

/// <summary>
/// Builds an <see cref="HtmlNode"/> tree from an HTML block the way browsers forgive: unclosed
/// <c>p</c>/<c>li</c>/<c>td</c>/<c>tr</c> close implicitly, stray end tags are ignored, comments dropped,
/// entities decoded, and nesting past a depth limit is flattened (no recursion anywhere).
/// </summary>
internal static partial class HtmlFragment
{
    private const int MaxDepth = 64;

    private static readonly Dictionary<string, string[]> ImplicitlyClosedBy = new(StringComparer.Ordinal)
    {
        ["p"] = ["p", "div", "ul", "ol", "table", "figure", "details", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"],
        ["li"] = ["li"],
        ["td"] = ["td", "th", "tr"],
        ["th"] = ["td", "th", "tr"],
        ["tr"] = ["tr", "tbody", "thead", "tfoot"],
        ["thead"] = ["tbody", "tfoot"],
        ["tbody"] = ["tfoot"],
    };

    public static HtmlNode Parse(string html)
    {
        var root = new HtmlNode();
        var open = new List<HtmlNode> { root };
        foreach (Match token in TokenPattern().Matches(html))
        {
            if (token.Groups["comment"].Success) continue;
            if (token.Groups["text"].Success)
            {
                TextParent(open).Children.Add(new HtmlNode { Text = WebUtility.HtmlDecode(token.Value) });
                continue;
            }
            var tag = HtmlTag.Parse(token.Value);
            if (tag is null)
            {
                open[^1].Children.Add(new HtmlNode { Text = token.Value });
                continue;
            }
            if (tag.IsClosing)
            {
                var at = open.FindLastIndex(n => n.Name == tag.Name);
                if (at > 0) open.RemoveRange(at, open.Count - at);
                continue;
            }
            while (open.Count > 1 && ImplicitlyClosedBy.TryGetValue(open[^1].Name, out var closers) && closers.Contains(tag.Name))
                open.RemoveAt(open.Count - 1);
            var node = new HtmlNode { Tag = tag };
            open[^1].Children.Add(node);
            if (!tag.IsVoid && open.Count < MaxDepth) open.Add(node);
        }
        return root;
    }

    /// <summary>Text directly in a table, row or list is moved to the nearest element that can show it (as browsers do).</summary>
    private static HtmlNode TextParent(List<HtmlNode> open)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            if (open[i].Name is not ("table" or "thead" or "tbody" or "tfoot" or "tr" or "ul" or "ol")) return open[i];
        }
        return open[0];
    }

    public static string CollapseSpace(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"(?<comment><!--.*?(?:-->|$))|(?<tag></?[A-Za-z][^>]*>)|(?<text>[^<]+|<)", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
